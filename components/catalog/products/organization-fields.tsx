'use client';

import { Controller, useWatch } from 'react-hook-form';
import { PRODUCT_STATUSES } from '@/db/schema/values';
import { CategoryOptions } from '@/components/catalog/categories/category-options';
import { Checkbox } from '@/components/ui/checkbox';
import { ChipInput } from '@/components/ui/chip-input';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { PRODUCT_STATUS_LABELS } from '@/lib/catalog/products/labels';
import { MAX_TAG_LENGTH, MAX_TAGS } from '@/lib/catalog/products/schemas';
import type { CategoryChoice, ProductForm } from './types';

const STATUS_HINTS: Record<(typeof PRODUCT_STATUSES)[number], string> = {
  draft: 'Not in your store yet.',
  active: 'Shoppers can find and buy it.',
  inactive: 'Hidden from your store.',
  out_of_stock: 'Shown, but cannot be bought.',
  discontinued: 'No longer sold.',
};

/** Status, category, tags and featured: where the product shows up. */
export function OrganizationFields({ form, categories }: { form: ProductForm; categories: CategoryChoice[] }) {
  const { register, formState, control } = form;
  const errors = formState.errors;
  const status = useWatch({ control, name: 'status' });
  return (
    <>
      <FormField id="status" label="Status" description={STATUS_HINTS[status]} error={errors.status?.message}>
        <Select {...register('status')}>
          {PRODUCT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PRODUCT_STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="categoryId" label="Category" error={errors.categoryId?.message}>
        <Select {...register('categoryId')}>
          <CategoryOptions options={categories} noneLabel="No category" />
        </Select>
      </FormField>
      <Controller
        control={control}
        name="tags"
        render={({ field, fieldState }) => (
          <FormField id="tags" label="Tags" description="Press Enter or type a comma after each." error={fieldState.error?.message}>
            <ChipInput noun="tag" max={MAX_TAGS} maxLength={MAX_TAG_LENGTH * 4} value={field.value} onChange={field.onChange} onBlur={field.onBlur} disabled={field.disabled} />
          </FormField>
        )}
      />
      <Checkbox label="Featured on the store’s home page" {...register('isFeatured')} />
    </>
  );
}
