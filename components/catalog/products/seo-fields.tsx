'use client';

import { Controller, useWatch } from 'react-hook-form';
import { ChipInput } from '@/components/ui/chip-input';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { MAX_TAG_LENGTH, MAX_TAGS } from '@/lib/catalog/products/schemas';
import type { ProductForm } from './types';

/** What search engines and link previews show, and extra words the store search matches. */
export function SeoFields({ form }: { form: ProductForm }) {
  const { register, formState, control } = form;
  const errors = formState.errors;
  const [title, description] = useWatch({ control, name: ['metaTitle', 'metaDescription'] });
  const count = (value: string | null | undefined, max: number) => `${value?.length ?? 0} of ${max} characters; empty uses the product’s own.`;
  return (
    <>
      <FormField id="metaTitle" label="Page title" description={count(title, 120)} error={errors.metaTitle?.message}>
        <Input {...register('metaTitle')} />
      </FormField>
      <FormField id="metaDescription" label="Meta description" description={count(description, 320)} error={errors.metaDescription?.message}>
        <Textarea rows={3} {...register('metaDescription')} />
      </FormField>
      <Controller
        control={control}
        name="keywords"
        render={({ field, fieldState }) => (
          <FormField
            id="keywords"
            label="Search keywords"
            description="Other words shoppers might search for it by."
            error={fieldState.error?.message}
          >
            <ChipInput noun="keyword" max={MAX_TAGS} maxLength={MAX_TAG_LENGTH * 4} value={field.value} onChange={field.onChange} onBlur={field.onBlur} disabled={field.disabled} />
          </FormField>
        )}
      />
    </>
  );
}
