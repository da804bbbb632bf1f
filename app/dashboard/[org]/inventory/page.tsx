import type { Metadata } from 'next';
import Link from 'next/link';
import { Boxes } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { InventoryHeader } from '@/components/inventory/inventory-header';
import { StockChart } from '@/components/inventory/stock-chart';
import { StockLevelsTable } from '@/components/inventory/stock-levels-table';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listStockLevels, StockLevelFilters } from '@/lib/inventory/stock/list-stock-levels';
import { listWarehouses } from '@/lib/inventory/warehouses/list-warehouses';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Inventory' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** Every stock row (variant × warehouse), searchable and filterable, with available units per warehouse. */
export default async function InventoryPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('inventory.view')) return <Forbidden action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  const filters = StockLevelFilters.parse({ ...(await searchParams), inStock: undefined });
  const [warehouses, result] = [await listWarehouses(ctx), await listStockLevels(ctx, filters)];
  const canAdjust = ctx.can('inventory.adjust');
  const basePath = `/dashboard/${slug}/inventory`;
  const filtered = Boolean(filters.q || filters.warehouse);
  const options = warehouses.map(({ id, name, isActive }) => ({ id, name, isActive }));

  return (
    <>
      <InventoryHeader slug={slug} current="stock" title="Inventory" description="Stock of every variant in every warehouse." canAdjust={canAdjust} />
      {warehouses.length === 0 ? (
        <EmptyState
          icon={Boxes}
          title="No warehouses yet"
          description="Add the places you keep stock, then record what is in them."
          action={
            ctx.can('warehouses.manage') && (
              <Link href={`${basePath}/warehouses/new`} className={buttonVariants()}>
                Add a warehouse
              </Link>
            )
          }
        />
      ) : (
        <>
          <StockChart warehouses={warehouses} />
          <FilterBar
            basePath={basePath}
            fields={[
              { kind: 'search', name: 'q', label: 'Search', value: filters.q, placeholder: 'Product, variant or SKU' },
              { kind: 'select', name: 'warehouse', label: 'Warehouse', value: filters.warehouse, allLabel: 'All warehouses', options: options.map((w) => ({ value: w.id, label: w.name })) },
            ]}
          />
          <ResultCount total={result.total} noun={['stock row', 'stock rows']} filtered={filtered} />
          {result.total === 0 ? (
            <EmptyState
              icon={Boxes}
              title={filtered ? 'No stock rows match' : 'No stock recorded yet'}
              description={filtered ? 'Try another search or warehouse.' : 'Open a product’s Stock tab to add what you have, or import a CSV.'}
            />
          ) : (
            <StockLevelsTable slug={slug} rows={result.rows} warehouses={options} canAdjust={canAdjust} />
          )}
          <Pagination basePath={basePath} searchParams={{ q: filters.q, warehouse: filters.warehouse }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
