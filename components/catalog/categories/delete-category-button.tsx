'use client';

import { useRouter } from 'next/navigation';
import { Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { deleteCategoryAction } from '@/lib/catalog/categories/actions';

type Props = { slug: string; category: { id: string; name: string; childCount: number; productCount: number } };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Delete with confirmation; not offered while the category still has subcategories. */
export function DeleteCategoryButton({ slug, category }: Props) {
  const router = useRouter();
  if (category.childCount > 0) {
    return (
      <p className="text-sm text-muted-foreground">
        {category.name} has {plural(category.childCount, 'subcategory', 'subcategories')}. Move or delete them first, then you can delete it.
      </p>
    );
  }
  return (
    <ConfirmActionButton
      trigger={(pending) => (
        <>
          {!pending && <Trash2 aria-hidden="true" />}
          Delete category
        </>
      )}
      triggerVariant="ghost-destructive"
      title={`Delete ${category.name}?`}
      description={
        category.productCount > 0
          ? `Its ${plural(category.productCount, 'product stays', 'products stay')} in your catalog, without a category. The category page disappears from your storefront.`
          : 'The category page disappears from your storefront.'
      }
      confirmLabel="Delete category"
      pendingLabel="Deleting…"
      destructive
      run={() => deleteCategoryAction(slug, { id: category.id })}
      successMessage={`${category.name} deleted`}
      onDone={() => router.push(`/dashboard/${slug}/categories`)}
    />
  );
}
