import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeftRight } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { InventoryHeader } from '@/components/inventory/inventory-header';
import { StockLevelsTable } from '@/components/inventory/stock-levels-table';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listStockLevels, StockLevelFilters } from '@/lib/inventory/stock/list-stock-levels';
import { listWarehouseOptions } from '@/lib/inventory/warehouses/list-warehouses';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Transfer stock' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** Find what to move (rows with units available), then transfer it to another warehouse. */
export default async function TransferPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('inventory.adjust')) return <Forbidden action={{ href: `/dashboard/${slug}/inventory`, label: 'Back to inventory' }} />;
  const filters = StockLevelFilters.parse({ ...(await searchParams), inStock: true });
  const [warehouses, result] = [await listWarehouseOptions(ctx), await listStockLevels(ctx, filters)];
  const active = warehouses.filter((w) => w.isActive);
  const basePath = `/dashboard/${slug}/inventory/transfer`;
  const filtered = Boolean(filters.q || filters.warehouse);
  return (
    <>
      <InventoryHeader
        slug={slug}
        current="transfer"
        title="Transfer stock"
        description="Move units between active warehouses. Pick the warehouse to move from, find the item, then choose where it goes."
        canAdjust
      />
      {active.length < 2 ? (
        <EmptyState
          icon={ArrowLeftRight}
          title="Transfers need two active warehouses"
          description={
            <>
              Add or reactivate one under <Link href={`/dashboard/${slug}/inventory/warehouses`} className="underline underline-offset-4">Warehouses</Link>.
            </>
          }
        />
      ) : (
        <>
          <FilterBar
            basePath={basePath}
            fields={[
              { kind: 'select', name: 'warehouse', label: 'From warehouse', value: filters.warehouse, allLabel: 'Any warehouse', options: active.map((w) => ({ value: w.id, label: w.name })) },
              { kind: 'search', name: 'q', label: 'Search', value: filters.q, placeholder: 'Product, variant or SKU' },
            ]}
          />
          <ResultCount total={result.total} noun={['row with stock', 'rows with stock']} filtered={filtered} />
          {result.total === 0 ? (
            <EmptyState icon={ArrowLeftRight} title={filtered ? 'Nothing to move matches' : 'No stock to move yet'} description="Only rows with units available are listed here." />
          ) : (
            <StockLevelsTable slug={slug} rows={result.rows} warehouses={warehouses} canAdjust actions="transfer" />
          )}
          <Pagination basePath={basePath} searchParams={{ q: filters.q, warehouse: filters.warehouse }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
