import type { Metadata } from 'next';
import Link from 'next/link';
import { History, Warehouse } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { MovementFilters } from '@/components/inventory/movement-filters';
import { MovementsTable } from '@/components/inventory/movements-table';
import { ProductStockMatrix } from '@/components/inventory/product-stock-matrix';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { getProductStock } from '@/lib/inventory/stock/get-product-stock';
import { listMovements, MovementFilters as Filters } from '@/lib/inventory/stock/list-movements';
import { orNotFound } from '@/lib/server/not-found';
import type { OrgContext } from '@/lib/server/context';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Stock' };

type Props = { params: Promise<{ org: string; id: string }>; searchParams: SearchParams };

/** The product's stock and history, or the 404 page for an id this organization does not have. */
async function load(ctx: OrgContext, productId: string, filters: Filters) {
  return orNotFound((async () => ({ stock: await getProductStock(ctx, productId), movements: await listMovements(ctx, filters, { productId }) }))());
}

/** A product's Stock tab: its variants × warehouses, the stock actions, and its movement history. */
export default async function ProductStockPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const ctx = await orgPageContext(org);
  const slug = ctx.org.slug;
  if (!ctx.can('inventory.view')) return <Forbidden action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  const filters = Filters.parse({ ...(await searchParams), q: '' });
  const { stock, movements } = await load(ctx, id, filters);
  const basePath = `/dashboard/${slug}/products/${id}/stock`;
  const { warehouse, type, from, to } = filters;
  const filtered = Boolean(warehouse || type || from || to);
  const { product } = stock;

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="stock-heading" className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <h2 id="stock-heading" className="text-lg font-semibold">
            Stock by warehouse
          </h2>
          <p className="text-sm text-muted-foreground">
            {product.stockAvailable.toLocaleString('en')} available in all. Low-stock threshold {product.lowStockThreshold.toLocaleString('en')}
            {product.allowBackorder ? '; backorders allowed, so stock may go below zero.' : '; stock never goes below zero.'}
          </p>
        </div>
        {stock.warehouses.length === 0 ? (
          <EmptyState
            as="h3"
            icon={Warehouse}
            title="No warehouses yet"
            description={
              <>
                Add one under <Link href={`/dashboard/${slug}/inventory/warehouses`} className="underline underline-offset-4">Inventory › Warehouses</Link> to record stock.
              </>
            }
          />
        ) : (
          <ProductStockMatrix slug={slug} stock={stock} canAdjust={ctx.can('inventory.adjust')} />
        )}
      </section>

      <section aria-labelledby="history-heading" className="flex flex-col gap-4">
        <h2 id="history-heading" className="text-lg font-semibold">
          Movement history
        </h2>
        <MovementFilters basePath={basePath} filters={filters} warehouses={stock.warehouses} withSearch={false} />
        {(!filtered || movements.total > 0) && <ResultCount total={movements.total} noun={['movement', 'movements']} filtered={filtered} />}
        {movements.total === 0 ? (
          <EmptyState
            as="h3"
            icon={History}
            title={filtered ? 'No movements match these filters' : 'No movements yet'}
            description={filtered ? 'Try a wider date range or another filter.' : 'Adjustments and transfers of this product will appear here.'}
          />
        ) : (
          <MovementsTable slug={slug} rows={movements.rows} timeZone={ctx.org.timezone} showProduct={false} />
        )}
        <Pagination basePath={basePath} searchParams={{ warehouse, type, from, to }} page={movements.page} totalPages={movements.totalPages} />
      </section>
    </div>
  );
}
