import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft } from 'lucide-react';
import { ProductForm } from '@/components/catalog/products/product-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { listCategoryOptions } from '@/lib/catalog/categories/list-category-options';
import { newProductFormValues } from '@/lib/catalog/products/form-values';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Add product' };

/** A new product; variants, images and stock follow on its own page once it is saved. */
export default async function NewProductPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const basePath = `/dashboard/${ctx.org.slug}/products`;
  if (!ctx.can('catalog.manage'))
    return <Forbidden description="Your role can look at products but not add them." action={{ href: basePath, label: 'Back to products' }} />;
  const categories = await listCategoryOptions(ctx);
  return (
    <>
      <Link
        href={basePath}
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Products
      </Link>
      <PageHeader title="Add product" description="Save it first; then add variants, images and stock." />
      <ProductForm
        orgSlug={ctx.org.slug}
        productId={null}
        currency={ctx.org.defaultCurrency}
        defaultValues={newProductFormValues()}
        categories={categories}
        related={[]}
        canManage
      />
    </>
  );
}
