'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import type { FulfilmentStep } from '@/lib/storefront/checkout/schemas';

type Props = {
  register: UseFormRegister<FulfilmentStep>;
  errors: FieldErrors<FulfilmentStep>['address'];
  countries: { value: string; label: string }[];
};

/** The delivery address fields, in the order a courier reads them. */
export function AddressFields({ register, errors, countries }: Props) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField id="address-fullName" label="Full name" required error={errors?.fullName?.message} className="sm:col-span-2">
        <Input autoComplete="shipping name" {...register('address.fullName')} />
      </FormField>
      <FormField id="address-phone" label="Phone" required error={errors?.phone?.message}>
        <Input type="tel" autoComplete="shipping tel" inputMode="tel" {...register('address.phone')} />
      </FormField>
      <FormField id="address-country" label="Country" required error={errors?.country?.message}>
        <Select autoComplete="shipping country" {...register('address.country')}>
          <option value="">Choose a country</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="address-city" label="City" required error={errors?.city?.message}>
        <Input autoComplete="shipping address-level2" {...register('address.city')} />
      </FormField>
      <FormField id="address-district" label="District" error={errors?.district?.message}>
        <Input autoComplete="shipping address-level3" {...register('address.district')} />
      </FormField>
      <FormField id="address-street" label="Street" required error={errors?.street?.message} className="sm:col-span-2">
        <Input autoComplete="shipping address-line1" {...register('address.street')} />
      </FormField>
      <FormField id="address-building" label="Building" error={errors?.building?.message}>
        <Input {...register('address.building')} />
      </FormField>
      <FormField id="address-apartment" label="Apartment" error={errors?.apartment?.message}>
        <Input autoComplete="shipping address-line2" {...register('address.apartment')} />
      </FormField>
      <FormField id="address-postalCode" label="Postal code" error={errors?.postalCode?.message}>
        <Input autoComplete="shipping postal-code" {...register('address.postalCode')} />
      </FormField>
      <FormField id="address-instructions" label="Delivery instructions" error={errors?.instructions?.message} className="sm:col-span-2">
        <Textarea rows={2} placeholder="Entrance code, landmarks, when to call…" {...register('address.instructions')} />
      </FormField>
    </div>
  );
}

export function formatAddress(a: { fullName: string; street: string; building?: string | null; apartment?: string | null; district?: string | null; city: string; postalCode?: string | null; country: string }): string {
  const street = [a.street, a.building, a.apartment && `apt. ${a.apartment}`].filter(Boolean).join(', ');
  return [a.fullName, street, [a.district, a.city, a.postalCode].filter(Boolean).join(', '), a.country].filter(Boolean).join(' · ');
}
