'use client';

import { FormField } from '@/components/ui/form-field';
import type { ProductForm } from './types';
import { UnitInput } from './unit-input';

/** Base, sale and cost price in the store's currency, and the tax rate. */
export function PricingFields({ form, currency }: { form: ProductForm; currency: string }) {
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <FormField id="basePrice" label={`Price (${currency})`} required error={errors.basePrice?.message}>
        <UnitInput unit={currency} {...register('basePrice')} />
      </FormField>
      <FormField
        id="salePrice"
        label={`Sale price (${currency})`}
        description="Lower than the price; empty when not on sale."
        error={errors.salePrice?.message}
      >
        <UnitInput unit={currency} {...register('salePrice')} />
      </FormField>
      <FormField
        id="costPrice"
        label={`Cost per item (${currency})`}
        description="What you pay for it. Shoppers never see it."
        error={errors.costPrice?.message}
      >
        <UnitInput unit={currency} {...register('costPrice')} />
      </FormField>
      <FormField id="taxRateBps" label="Tax rate (%)" description="For example 18 or 7.25; 0 when none applies." error={errors.taxRateBps?.message}>
        <UnitInput unit="%" {...register('taxRateBps')} />
      </FormField>
    </div>
  );
}
