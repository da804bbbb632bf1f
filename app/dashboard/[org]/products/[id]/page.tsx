import type { Metadata } from 'next';
import { ProductForm } from '@/components/catalog/products/product-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { listCategoryOptions } from '@/lib/catalog/categories/list-category-options';
import { productFormValues } from '@/lib/catalog/products/form-values';
import { getProductForEdit } from '@/lib/catalog/products/get-product-for-edit';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Product details' };

/** The Details tab: the product editor (read-only without catalog.manage). */
export default async function ProductDetailsPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: orgSlug, id } = await params;
  const ctx = await orgPageContext(orgSlug);
  if (!ctx.can('catalog.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const [{ product, attributes, related }, categories] = await Promise.all([orNotFound(getProductForEdit(ctx, id)), listCategoryOptions(ctx)]);
  return (
    <>
      <h2 className="sr-only">Details</h2>
      <ProductForm
        // A save that changed the product on the server (or another tab) starts the form afresh.
        key={product.updatedAt.toISOString()}
        orgSlug={ctx.org.slug}
        productId={product.id}
        currency={product.currency}
        defaultValues={productFormValues(
          product,
          attributes,
          related.map((r) => r.id),
        )}
        categories={categories}
        related={related}
        canManage={ctx.can('catalog.manage')}
      />
    </>
  );
}
