'use client';

import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { Option, SettingsForm } from './types';

export function AddressFields({ form, countries }: { form: SettingsForm; countries: Option[] }) {
  const { register } = form;
  const errors = form.formState.errors.address;
  return (
    <div className="grid gap-5 sm:grid-cols-6">
      <FormField id="address-street" label="Street" error={errors?.street?.message} className="sm:col-span-4">
        <Input autoComplete="address-line1" {...register('address.street')} />
      </FormField>
      <FormField id="address-building" label="Building, unit" error={errors?.building?.message} className="sm:col-span-2">
        <Input autoComplete="address-line2" {...register('address.building')} />
      </FormField>
      <FormField id="address-city" label="City" error={errors?.city?.message} className="sm:col-span-3">
        <Input autoComplete="address-level2" {...register('address.city')} />
      </FormField>
      <FormField id="address-region" label="Region or state" error={errors?.region?.message} className="sm:col-span-3">
        <Input autoComplete="address-level1" {...register('address.region')} />
      </FormField>
      <FormField id="address-postal-code" label="Postal code" error={errors?.postalCode?.message} className="sm:col-span-2">
        <Input autoComplete="postal-code" {...register('address.postalCode')} />
      </FormField>
      <FormField id="address-country" label="Country" error={errors?.country?.message} className="sm:col-span-4">
        <Select autoComplete="country" {...register('address.country')}>
          <option value="">Not set</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        id="address-landmark"
        label="Landmark"
        description="Helps couriers and visitors find you, e.g. “opposite the central bus station”."
        error={errors?.landmark?.message}
        className="sm:col-span-6"
      >
        <Input {...register('address.landmark')} />
      </FormField>
    </div>
  );
}
