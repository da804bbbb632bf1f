import type { Metadata } from 'next';
import { History } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { InventoryHeader } from '@/components/inventory/inventory-header';
import { MovementFilters } from '@/components/inventory/movement-filters';
import { MovementsTable } from '@/components/inventory/movements-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listMovements, MovementFilters as Filters } from '@/lib/inventory/stock/list-movements';
import { listWarehouseOptions } from '@/lib/inventory/warehouses/list-warehouses';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Stock movements' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** The organization's inventory ledger, newest first. */
export default async function MovementsPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('inventory.view')) return <Forbidden action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  const filters = Filters.parse(await searchParams);
  const [warehouses, result] = [await listWarehouseOptions(ctx), await listMovements(ctx, filters)];
  const basePath = `/dashboard/${slug}/inventory/movements`;
  const { q, warehouse, type, from, to } = filters;
  const filtered = Boolean(q || warehouse || type || from || to);
  const zone = ctx.org.timezone.replace(/_/g, ' ');
  return (
    <>
      <InventoryHeader
        slug={slug}
        current="movements"
        title="Stock movements"
        description={`Every stock change: additions, removals, counts and transfers, by whom and why. Times in ${zone}.`}
        canAdjust={ctx.can('inventory.adjust')}
      />
      <MovementFilters basePath={basePath} filters={filters} warehouses={warehouses} />
      {(!filtered || result.total > 0) && <ResultCount total={result.total} noun={['movement', 'movements']} filtered={filtered} />}
      {result.total === 0 ? (
        <EmptyState
          icon={History}
          title={filtered ? 'No movements match these filters' : 'No stock movements yet'}
          description={filtered ? 'Try a wider date range or another filter.' : 'Adjustments and transfers will appear here.'}
        />
      ) : (
        <MovementsTable slug={slug} rows={result.rows} timeZone={ctx.org.timezone} />
      )}
      <Pagination basePath={basePath} searchParams={{ q, warehouse, type, from, to }} page={result.page} totalPages={result.totalPages} />
    </>
  );
}
