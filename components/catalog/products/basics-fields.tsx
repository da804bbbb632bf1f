'use client';

import { useWatch } from 'react-hook-form';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { catalogSlugFor } from '@/lib/catalog/slug';
import type { ProductForm } from './types';

/** Name, URL slug, identifiers and descriptions. */
export function BasicsFields({ form, creating }: { form: ProductForm; creating: boolean }) {
  const { register, formState, control } = form;
  const errors = formState.errors;
  const name = useWatch({ control, name: 'name' });
  const suggested = catalogSlugFor(name ?? '', 'product');
  return (
    <>
      <FormField id="name" label="Name" required error={errors.name?.message}>
        <Input autoComplete="off" {...register('name')} />
      </FormField>
      <FormField
        id="slug"
        label="URL slug"
        description={
          creating ? `Your store shows it at /p/${suggested} unless you enter another.` : 'Changing it changes the product’s address in your store.'
        }
        error={errors.slug?.message}
      >
        <Input autoCapitalize="none" autoCorrect="off" spellCheck={false} placeholder={creating ? suggested : undefined} {...register('slug')} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-3">
        <FormField id="sku" label="SKU" description="Your own stock code." error={errors.sku?.message}>
          <Input autoCapitalize="characters" spellCheck={false} {...register('sku')} />
        </FormField>
        <FormField id="barcode" label="Barcode" description="EAN, UPC or ISBN." error={errors.barcode?.message}>
          <Input inputMode="numeric" spellCheck={false} {...register('barcode')} />
        </FormField>
        <FormField id="brand" label="Brand" error={errors.brand?.message}>
          <Input {...register('brand')} />
        </FormField>
      </div>
      <FormField
        id="shortDescription"
        label="Short description"
        description="One or two sentences for lists and search results."
        error={errors.shortDescription?.message}
      >
        <Textarea rows={2} {...register('shortDescription')} />
      </FormField>
      <FormField id="description" label="Description" description="The full text on the product page." error={errors.description?.message}>
        <Textarea rows={8} {...register('description')} />
      </FormField>
    </>
  );
}
