'use client';

import Link from 'next/link';
import { useWatch } from 'react-hook-form';
import { CoordinateFields } from '@/components/couriers/coordinate-fields';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { createWarehouseAction, updateWarehouseAction } from '@/lib/inventory/warehouses/actions';
import { CreateWarehouseInput, type WarehouseFormValues } from '@/lib/inventory/warehouses/schemas';
import type { ActionResult } from '@/lib/server/action';

type Values = WarehouseFormValues;
type Props = {
  slug: string;
  countries: { value: string; label: string }[];
  /** Editing this warehouse; creating a new one without it. */
  warehouse?: { id: string; values: Values };
};

const EMPTY: Values = {
  name: '',
  code: '',
  address: { street: '', city: '', region: '', postalCode: '', country: '' },
  latitude: '',
  longitude: '',
  contactPerson: '',
  phone: '',
  email: '',
};

/** Name, code, address, pick-up point and contact of a warehouse (new or existing). */
export function WarehouseForm({ slug, countries, warehouse }: Props) {
  const listPath = `/dashboard/${slug}/inventory/warehouses`;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CreateWarehouseInput,
    defaultValues: warehouse ? { ...EMPTY, ...warehouse.values } : EMPTY,
    action: (values): Promise<ActionResult<{ id: string }>> =>
      warehouse ? updateWarehouseAction(slug, { ...values, warehouseId: warehouse.id }) : createWarehouseAction(slug, values),
    successMessage: warehouse ? 'Warehouse saved' : 'Warehouse added',
    redirect: () => listPath,
  });
  const { register, control, setValue, formState } = form;
  const errors = formState.errors;
  const address = errors.address;
  const [latitude, longitude] = useWatch({ control, name: ['latitude', 'longitude'] });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-8">
      <fieldset className="grid gap-5 sm:grid-cols-6">
        <legend className="mb-4 text-base font-semibold">Warehouse</legend>
        <FormField id="wh-name" label="Name" required error={errors.name?.message} className="sm:col-span-4">
          <Input autoComplete="off" autoFocus={!warehouse} {...register('name')} />
        </FormField>
        <FormField id="wh-code" label="Code" error={errors.code?.message} description="Short label, e.g. MAIN." className="sm:col-span-2">
          <Input autoComplete="off" className="uppercase" {...register('code')} />
        </FormField>
      </fieldset>
      <fieldset className="grid gap-5 sm:grid-cols-6">
        <legend className="mb-4 text-base font-semibold">Address</legend>
        <FormField id="wh-street" label="Street" error={address?.street?.message} className="sm:col-span-6">
          <Input autoComplete="address-line1" {...register('address.street')} />
        </FormField>
        <FormField id="wh-city" label="City" error={address?.city?.message} className="sm:col-span-3">
          <Input autoComplete="address-level2" {...register('address.city')} />
        </FormField>
        <FormField id="wh-region" label="Region or state" error={address?.region?.message} className="sm:col-span-3">
          <Input autoComplete="address-level1" {...register('address.region')} />
        </FormField>
        <FormField id="wh-postal" label="Postal code" error={address?.postalCode?.message} className="sm:col-span-2">
          <Input autoComplete="postal-code" {...register('address.postalCode')} />
        </FormField>
        <FormField id="wh-country" label="Country" error={address?.country?.message} className="sm:col-span-4">
          <Select autoComplete="country" {...register('address.country')}>
            <option value="">Not set</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        </FormField>
      </fieldset>
      <CoordinateFields
        idPrefix="wh"
        legend="Pick-up point"
        description="Optional. Where couriers collect parcels from this warehouse: delivery distances and courier suggestions are measured from here. Copy the point from a maps app (e.g. 41.3111, 69.2797) and paste it into either field."
        latitude={register('latitude')}
        longitude={register('longitude')}
        errors={{ latitude: errors.latitude?.message, longitude: errors.longitude?.message }}
        values={{ latitude, longitude }}
        onPair={(pair) => {
          const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
          setValue('latitude', pair.latitude, options);
          setValue('longitude', pair.longitude, options);
        }}
      />
      <fieldset className="grid gap-5 sm:grid-cols-6">
        <legend className="mb-4 text-base font-semibold">Contact</legend>
        <FormField id="wh-contact" label="Contact person" error={errors.contactPerson?.message} className="sm:col-span-6">
          <Input autoComplete="off" {...register('contactPerson')} />
        </FormField>
        <FormField id="wh-phone" label="Phone" error={errors.phone?.message} className="sm:col-span-3">
          <Input type="tel" autoComplete="off" {...register('phone')} />
        </FormField>
        <FormField id="wh-email" label="Email" error={errors.email?.message} className="sm:col-span-3">
          <Input type="email" autoComplete="off" {...register('email')} />
        </FormField>
      </fieldset>
      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {warehouse ? 'Save warehouse' : 'Add warehouse'}
        </Button>
        <Link href={listPath} className={buttonVariants({ variant: 'outline' })}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
