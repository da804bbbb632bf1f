'use client';

import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { ProductForm } from './types';

/** Order quantity limits, the low-stock warning level and backorders (stock itself is on the Stock tab). */
export function InventoryFields({ form }: { form: ProductForm }) {
  const { register, formState } = form;
  const errors = formState.errors;
  const number = { inputMode: 'numeric' as const, autoComplete: 'off' };
  return (
    <>
      <div className="grid gap-5 sm:grid-cols-3">
        <FormField id="minOrderQuantity" label="Minimum per order" required error={errors.minOrderQuantity?.message}>
          <Input {...number} {...register('minOrderQuantity')} />
        </FormField>
        <FormField id="maxOrderQuantity" label="Maximum per order" description="Empty for no limit." error={errors.maxOrderQuantity?.message}>
          <Input {...number} {...register('maxOrderQuantity')} />
        </FormField>
        <FormField
          id="lowStockThreshold"
          label="Low-stock level"
          required
          description="Flagged as low at or below this."
          error={errors.lowStockThreshold?.message}
        >
          <Input {...number} {...register('lowStockThreshold')} />
        </FormField>
      </div>
      <Checkbox label="Keep selling when out of stock (backorders)" {...register('allowBackorder')} />
    </>
  );
}
