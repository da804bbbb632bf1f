'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useWatch } from 'react-hook-form';
import { CoordinateFields } from '@/components/couriers/coordinate-fields';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonVariants } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ChipInput } from '@/components/ui/chip-input';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { createZoneAction, updateZoneAction } from '@/lib/delivery/zones/actions';
import { CreateZoneInput, MAX_DISTRICTS, MAX_POSTAL_CODES, normalizePostalCode, type ZoneFormValues } from '@/lib/delivery/zones/schemas';
import type { ActionResult } from '@/lib/server/action';

type Values = ZoneFormValues;
type Props = {
  slug: string;
  /** Editing this zone; creating a new one without it. */
  zone?: { id: string; values: Values };
};

const EMPTY: Values = { name: '', description: '', city: '', districts: [], postalCodes: [], latitude: '', longitude: '', isActive: true };

/** Name, city and the districts or postal codes a zone covers. A new zone opens its page next, to add tariffs. */
export function ZoneForm({ slug, zone }: Props) {
  const router = useRouter();
  const listPath = `/dashboard/${slug}/delivery-zones`;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CreateZoneInput,
    defaultValues: zone ? { ...EMPTY, ...zone.values } : EMPTY,
    action: (values): Promise<ActionResult<{ id: string }>> => (zone ? updateZoneAction(slug, { ...values, zoneId: zone.id }) : createZoneAction(slug, values)),
    successMessage: zone ? 'Zone saved' : 'Zone added: now add its delivery tariffs',
    onSuccess: () => {
      if (zone) router.refresh();
    },
    redirect: (data) => (zone ? null : `${listPath}/${data.id}`),
  });
  const { register, control, setValue, formState } = form;
  const errors = formState.errors;
  const [latitude, longitude] = useWatch({ control, name: ['latitude', 'longitude'] });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6">
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="zone-name" label="Name" required error={errors.name?.message} description="Staff see it; shoppers see the tariff names.">
          <Input autoComplete="off" autoFocus={!zone} {...register('name')} />
        </FormField>
        <FormField id="zone-city" label="City" required error={errors.city?.message} description="Matched with the shopper’s city, ignoring case.">
          <Input autoComplete="off" {...register('city')} />
        </FormField>
      </div>
      <FormField id="zone-description" label="Description" error={errors.description?.message}>
        <Textarea rows={2} {...register('description')} />
      </FormField>
      <Controller
        control={control}
        name="districts"
        render={({ field, fieldState }) => (
          <FormField
            id="zone-districts"
            label="Districts"
            error={fieldState.error?.message}
            description="Press Enter or type a comma after each. Leave empty (and postal codes too) to cover the whole city."
          >
            <ChipInput noun="district" max={MAX_DISTRICTS} maxLength={2000} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="postalCodes"
        render={({ field, fieldState }) => (
          <FormField id="zone-postal-codes" label="Postal codes" error={fieldState.error?.message} description="Stored in capitals without spaces: “sw1a 1aa” becomes SW1A1AA.">
            <ChipInput
              noun="postal code"
              max={MAX_POSTAL_CODES}
              maxLength={4000}
              value={field.value}
              onChange={(codes) => field.onChange([...new Set(codes.map(normalizePostalCode).filter(Boolean))])}
              onBlur={field.onBlur}
            />
          </FormField>
        )}
      />
      <CoordinateFields
        idPrefix="zone"
        legend="Zone centre"
        description="Optional. A delivery to this zone is measured to this point (distance on the deliveries board, courier suggestions) until the courier records the real spot at the door. Copy it from a maps app (e.g. 41.3111, 69.2797) and paste it into either field."
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
      <Checkbox label="Active: offer delivery to this zone at checkout" {...register('isActive')} />
      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {zone ? 'Save zone' : 'Add zone'}
        </Button>
        <Link href={listPath} className={buttonVariants({ variant: 'outline' })}>
          {zone ? 'Back to zones' : 'Cancel'}
        </Link>
      </div>
    </form>
  );
}
