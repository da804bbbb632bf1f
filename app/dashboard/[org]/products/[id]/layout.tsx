import Link from 'next/link';
import { ArrowLeft, ExternalLink } from 'lucide-react';
import { ProductStatusBadge } from '@/components/catalog/products/product-status-badge';
import { ProductTabs } from '@/components/catalog/products/product-tabs';
import { Button } from '@/components/ui/button';
import { getProductSummary } from '@/lib/catalog/products/get-product-summary';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';
import { orgStorefrontUrl } from '@/lib/tenancy/hosts';

type Props = { children: React.ReactNode; params: Promise<{ org: string; id: string }> };

/**
 * One product's frame: its name, status, a link to it in the store, and the Details ·
 * Variants · Images · Stock tabs. It decides no access: without catalog.view it shows only
 * the page, which says why (and the summary verb would refuse anyway).
 */
export default async function ProductLayout({ children, params }: Props) {
  const { org: orgSlug, id } = await params;
  const ctx = await orgPageContext(orgSlug);
  if (!ctx.can('catalog.view')) return children;
  const product = await orNotFound(getProductSummary(ctx, id));
  const basePath = `/dashboard/${ctx.org.slug}/products`;
  return (
    <>
      <Link
        href={basePath}
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Products
      </Link>
      <div className="flex flex-col gap-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-2xl font-semibold tracking-tight break-words">{product.name}</h1>
              <ProductStatusBadge status={product.status} />
            </div>
            {product.sku && <p className="text-sm text-muted-foreground">SKU {product.sku}</p>}
          </div>
          {product.status === 'active' && (
            <Button asChild variant="outline" className="w-fit shrink-0">
              <a href={`${orgStorefrontUrl(ctx.org.slug)}/p/${product.slug}`} target="_blank" rel="noreferrer">
                View in store
                <ExternalLink aria-hidden="true" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            </Button>
          )}
        </div>
        <ProductTabs basePath={`${basePath}/${product.id}`} showStock={ctx.can('inventory.view')} />
      </div>
      {children}
    </>
  );
}
