'use client';

import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import type { ProductForm } from './types';
import { UnitInput } from './unit-input';

const SIZES = [
  { name: 'lengthMm', label: 'Length' },
  { name: 'widthMm', label: 'Width' },
  { name: 'heightMm', label: 'Height' },
] as const;

/** Digital or physical, and the parcel's weight and size for shipping rates. */
export function ShippingFields({ form }: { form: ProductForm }) {
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <>
      <div className="flex flex-col sm:flex-row sm:gap-6">
        <Checkbox label="Digital product (a download or a service)" {...register('isDigital')} />
        <Checkbox label="Requires shipping" {...register('requiresShipping')} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
        <FormField id="weightGrams" label="Weight (kg)" description="Up to 3 decimals." error={errors.weightGrams?.message}>
          <UnitInput unit="kg" {...register('weightGrams')} />
        </FormField>
        {SIZES.map((size) => (
          <FormField key={size.name} id={size.name} label={`${size.label} (cm)`} description="Up to 1 decimal." error={errors[size.name]?.message}>
            <UnitInput unit="cm" {...register(size.name)} />
          </FormField>
        ))}
      </div>
    </>
  );
}
