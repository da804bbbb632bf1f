import type { Metadata } from 'next';
import Link from 'next/link';
import { Boxes } from 'lucide-react';
import { OptionsEditor } from '@/components/catalog/variants/options-editor';
import { VariantsTable } from '@/components/catalog/variants/variants-table';
import { Forbidden } from '@/components/dashboard/forbidden';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { listProductImages } from '@/lib/catalog/images/list-product-images';
import { optionKey } from '@/lib/catalog/variants/matrix';
import { listVariants } from '@/lib/catalog/variants/list-variants';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Variants' };

/** The Variants tab: options that generate the matrix, then the variants themselves. */
export default async function ProductVariantsPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: orgSlug, id } = await params;
  const ctx = await orgPageContext(orgSlug);
  if (!ctx.can('catalog.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const [{ product, variants }, images] = await orNotFound(Promise.all([listVariants(ctx, id), listProductImages(ctx, id)]));
  const canManage = ctx.can('catalog.manage');
  const canSeeStock = ctx.can('inventory.view');
  const productPath = `/dashboard/${ctx.org.slug}/products/${product.id}`;

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Options
          </CardTitle>
          <CardDescription>
            Up to 3 options, such as size and colour. Every combination of their values becomes a variant. Variants that still exist keep their SKU,
            price and stock; a combination you remove must have no stock left.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {canManage ? (
            <OptionsEditor
              // Options changed elsewhere (another tab, a colleague) start the editor afresh.
              key={JSON.stringify(product.options)}
              slug={ctx.org.slug}
              productId={product.id}
              initialOptions={product.options}
              existingKeys={variants.map((v) => optionKey(v.optionValues))}
            />
          ) : product.options.length === 0 ? (
            <p className="text-sm text-muted-foreground">No options: this product is sold as a single variant.</p>
          ) : (
            <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
              {product.options.map((option) => (
                <div key={option.name} className="contents">
                  <dt className="font-medium">{option.name}</dt>
                  <dd className="text-muted-foreground">{option.values.join(', ')}</dd>
                </div>
              ))}
            </dl>
          )}
        </CardContent>
      </Card>

      <section aria-labelledby="variants-heading" className="flex flex-col gap-3">
        <div className="flex flex-col gap-1 sm:flex-row sm:items-end sm:justify-between">
          <div className="flex flex-col gap-1">
            <h2 id="variants-heading" className="text-base font-semibold">
              Variants ({variants.length})
            </h2>
            {(canManage || canSeeStock) && (
              <p className="text-sm text-muted-foreground">
                {canManage ? 'Select rows to set one price for several variants. ' : ''}
                {canSeeStock ? 'Stock is shown here; change it on the Stock tab.' : ''}
              </p>
            )}
          </div>
          {canSeeStock && (
            <Link href={`${productPath}/stock`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
              Manage stock
            </Link>
          )}
        </div>
        {variants.length === 0 ? (
          <EmptyState icon={Boxes} title="No variants" description="Save the options above to generate this product's variants." />
        ) : (
          <VariantsTable
            slug={ctx.org.slug}
            product={{ id: product.id, currency: product.currency, price: product.price, locale: ctx.org.defaultLocale }}
            variants={variants.map((v) => ({
              id: v.id,
              name: v.name,
              sku: v.sku,
              barcode: v.barcode,
              optionValues: v.optionValues,
              price: v.price,
              priceAdjustment: v.priceAdjustment,
              effectivePrice: v.effectivePrice,
              imageId: v.imageId,
              isActive: v.isActive,
              isDefault: v.isDefault,
              stock: v.stock,
              totalAvailable: v.totalAvailable,
            }))}
            images={images.map((i) => ({ id: i.id, thumbnailUrl: i.thumbnailUrl, altText: i.altText }))}
            canManage={canManage}
          />
        )}
        {canManage && images.length === 0 && variants.length > 1 && (
          <p className="text-sm text-muted-foreground">
            To show a picture per variant, first{' '}
            <Link href={`${productPath}/images`} className="font-medium text-primary underline-offset-4 hover:underline">
              add images to the product
            </Link>
            .
          </p>
        )}
      </section>
    </>
  );
}
