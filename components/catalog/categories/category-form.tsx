'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { SettingsSection } from '@/components/tenancy/settings/settings-section';
import { Button, buttonVariants } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { createCategoryAction, updateCategoryAction } from '@/lib/catalog/categories/actions';
import type { CategoryOption } from '@/lib/catalog/categories/list-category-options';
import { CreateCategoryInput, META_DESCRIPTION_MAX, META_TITLE_MAX } from '@/lib/catalog/categories/schemas';
import { catalogSlugFor, CATALOG_SLUG_MAX } from '@/lib/catalog/slug';
import { CategoryOptions } from './category-options';

export type CategoryFormValues = {
  name: string;
  slug: string;
  parentId: string;
  description: string;
  metaTitle: string;
  metaDescription: string;
  isActive: boolean;
};

type Props = { slug: string } & (
  | { mode: 'create'; parentOptions: CategoryOption[]; defaultValues: CategoryFormValues }
  | { mode: 'edit'; categoryId: string; defaultValues: CategoryFormValues }
);

/** New category (with its parent) or the details of an existing one (moving is a separate control). */
export function CategoryForm(props: Props) {
  const { slug } = props;
  const router = useRouter();
  const listHref = `/dashboard/${slug}/categories`;
  const [slugEdited, setSlugEdited] = useState(props.mode === 'edit');
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CreateCategoryInput,
    defaultValues: props.defaultValues,
    // A slug that only followed the name goes as empty: the server then numbers it if it is taken.
    action: ({ parentId, ...fields }) =>
      props.mode === 'create'
        ? createCategoryAction(slug, { parentId, ...fields, slug: slugEdited ? fields.slug : '' })
        : updateCategoryAction(slug, { id: props.categoryId, ...fields }),
    successMessage: props.mode === 'create' ? 'Category created' : 'Changes saved',
    onSuccess: (saved) => {
      if (props.mode === 'create') return router.push(listHref);
      form.reset({ ...form.getValues(), slug: saved.slug });
      router.refresh();
    },
  });
  const { register, setValue, formState } = form;
  const { errors, isSubmitted } = formState;
  const [currentSlug, metaTitle, metaDescription] = useWatch({ control: form.control, name: ['slug', 'metaTitle', 'metaDescription'] });
  const nameField = register('name');
  const slugField = register('slug');
  const count = (value: string | null | undefined, max: number) => `${(value ?? '').length} / ${max} characters.`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <SettingsSection id="category-details" title="Details">
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="name" label="Name" required error={errors.name?.message}>
            <Input
              autoFocus={props.mode === 'create'}
              maxLength={120}
              {...nameField}
              onChange={(e) => {
                // Until someone types their own slug, it follows the name.
                if (!slugEdited) setValue('slug', e.target.value ? catalogSlugFor(e.target.value, 'category') : '', { shouldValidate: isSubmitted });
                return nameField.onChange(e);
              }}
            />
          </FormField>
          <FormField
            id="slug"
            label="URL slug"
            description={`Storefront address: /c/${currentSlug || 'made-from-the-name'}. Left empty, it is made from the name (numbered if another category has it).`}
            error={errors.slug?.message}
          >
            <Input
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              maxLength={CATALOG_SLUG_MAX}
              {...slugField}
              onChange={(e) => {
                setSlugEdited(true);
                e.target.value = e.target.value.toLowerCase();
                return slugField.onChange(e);
              }}
            />
          </FormField>
        </div>
        {props.mode === 'create' && (
          <FormField id="parentId" label="Parent category" description="Leave it at the top level, or put it under another category." error={errors.parentId?.message}>
            <Select {...register('parentId')}>
              <CategoryOptions options={props.parentOptions} noneLabel="No parent (top level)" />
            </Select>
          </FormField>
        )}
        <FormField id="description" label="Description" description="Shown at the top of the category page." error={errors.description?.message}>
          <Textarea rows={4} {...register('description')} />
        </FormField>
        <Checkbox label="Active: show this category on the storefront" {...register('isActive')} />
      </SettingsSection>

      <SettingsSection id="category-seo" title="Search engines" description="How the category page appears in search results. Left empty, the name and description are used.">
        <FormField id="metaTitle" label="SEO title" description={count(metaTitle, META_TITLE_MAX)} error={errors.metaTitle?.message}>
          <Input maxLength={META_TITLE_MAX} {...register('metaTitle')} />
        </FormField>
        <FormField id="metaDescription" label="SEO description" description={count(metaDescription, META_DESCRIPTION_MAX)} error={errors.metaDescription?.message}>
          <Textarea rows={3} maxLength={META_DESCRIPTION_MAX} {...register('metaDescription')} />
        </FormField>
      </SettingsSection>

      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {props.mode === 'create' ? 'Create category' : 'Save changes'}
        </Button>
        <Link href={listHref} className={buttonVariants({ variant: 'outline' })}>
          {props.mode === 'create' ? 'Cancel' : 'Back to categories'}
        </Link>
      </div>
    </form>
  );
}
