import type { Metadata } from 'next';
import { PackageCheck } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { InventoryHeader } from '@/components/inventory/inventory-header';
import { LowStockTable } from '@/components/inventory/low-stock-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listLowStock, LowStockFilters } from '@/lib/inventory/stock/list-low-stock';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Low stock' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** Everything at or under its reorder level (or, without levels, its product's low-stock threshold). */
export default async function LowStockPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('inventory.view')) return <Forbidden action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  const filters = LowStockFilters.parse(await searchParams);
  const result = await listLowStock(ctx, filters);
  return (
    <>
      <InventoryHeader
        slug={slug}
        current="low-stock"
        title="Low stock"
        description="Stock rows at or under their reorder level in active warehouses, and products without reorder levels at or under their low-stock threshold. Most short first; discontinued and digital products are left out."
        canAdjust={ctx.can('inventory.adjust')}
      />
      {result.total === 0 ? (
        <EmptyState icon={PackageCheck} title="Nothing is running low" description="Everything is above its reorder level or low-stock threshold." />
      ) : (
        <>
          <ResultCount total={result.total} noun={['item', 'items']} detail=" running low" />
          <LowStockTable slug={slug} rows={result.rows} />
          <Pagination basePath={`/dashboard/${slug}/inventory/low-stock`} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
