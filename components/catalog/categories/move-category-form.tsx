'use client';

import { useRouter } from 'next/navigation';
import { FolderInput } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/use-toast';
import { moveCategoryAction } from '@/lib/catalog/categories/actions';
import type { CategoryOption } from '@/lib/catalog/categories/list-category-options';
import { MoveCategoryInput } from '@/lib/catalog/categories/schemas';
import { CategoryOptions, subtreeIds } from './category-options';

type Props = { slug: string; categoryId: string; parentId: string | null; options: CategoryOption[] };

/** Move under another parent (or to the top level); its subcategories come along. */
export function MoveCategoryForm({ slug, categoryId, parentId, options }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: MoveCategoryInput,
    defaultValues: { id: categoryId, parentId: parentId ?? '' },
    action: (values) => moveCategoryAction(slug, values),
    onSuccess: ({ moved }) => {
      // A parallel move may have put it there already: then say so rather than "moved".
      toast({ title: moved ? 'Category moved' : 'It is already there: nothing to move', variant: moved ? 'success' : 'default' });
      form.reset(form.getValues());
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const unchanged = (form.watch('parentId') || null) === parentId;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <FormField
          id="move-parentId"
          label="Parent category"
          description="It moves with all of its subcategories and goes last among its new siblings."
          error={errors.parentId?.message}
          className="flex-1"
        >
          <Select {...form.register('parentId')}>
            {/* A category cannot go under itself or its own subcategories: those are not offered. */}
            <CategoryOptions options={options} noneLabel="No parent (top level)" exclude={subtreeIds(options, categoryId)} currentId={parentId} />
          </Select>
        </FormField>
        <Button type="submit" variant="outline" loading={pending} disabled={unchanged} className="sm:mt-6">
          {!pending && <FolderInput aria-hidden="true" />}
          Move
        </Button>
      </div>
      <FormError message={formError} />
    </form>
  );
}
