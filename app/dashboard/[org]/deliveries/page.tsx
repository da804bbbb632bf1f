import type { Metadata } from 'next';
import Link from 'next/link';
import { CircleCheck, SearchX, Truck } from 'lucide-react';
import { DeliveriesBoard } from '@/components/deliveries/deliveries-board';
import { DeliveryFilters } from '@/components/deliveries/delivery-filters';
import { DeliveryStatusTabs } from '@/components/deliveries/delivery-status-tabs';
import { Forbidden } from '@/components/dashboard/forbidden';
import { featureOffPage } from '@/components/plans/feature-not-on-plan';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { deliveryBoardOptions, listDeliveries } from '@/lib/delivery/deliveries-admin/list-deliveries';
import { deliveryFilterParams, DeliveryListFilters, hasNarrowingFilters } from '@/lib/delivery/deliveries-admin/schemas';
import { formatMoney } from '@/lib/money/money';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Deliveries' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** The deliveries board: status tabs with counts, filters, and every delivery with its distance, age and lateness. */
export default async function DeliveriesPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const dashboardPath = `/dashboard/${ctx.org.slug}`;
  if (!ctx.can('deliveries.view')) return <Forbidden action={{ href: dashboardPath, label: 'Back to the overview' }} />;
  const featureOff = await featureOffPage(ctx, 'deliveries');
  if (featureOff) return featureOff;
  const filters = DeliveryListFilters.parse(await searchParams);
  const [board, options] = await Promise.all([listDeliveries(ctx, filters), deliveryBoardOptions(ctx)]);
  const basePath = `${dashboardPath}/deliveries`;
  const query = deliveryFilterParams(filters);
  const narrowed = hasNarrowingFilters(filters);
  const locale = ctx.org.defaultLocale;

  return (
    <>
      <PageHeader
        title="Deliveries"
        description={`Every parcel from packing to the door. Distance is the straight line from pick-up to drop-off; dates are in ${ctx.org.timezone}.`}
      />
      {board.counts.all === 0 && !narrowed ? (
        <EmptyState
          icon={Truck}
          title="No deliveries yet"
          description="A delivery opens when a delivery order is packed, or from an order’s page with Create delivery."
          action={
            <Button asChild variant="outline">
              <Link href={`${dashboardPath}/orders?status=packed`}>See packed orders</Link>
            </Button>
          }
        />
      ) : (
        <>
          <DeliveryStatusTabs basePath={basePath} filters={filters} counts={board.counts} />
          <DeliveryFilters
            // Remounted when the URL changes from outside (a tab, Clear, the back button), so the fields show what applies.
            key={JSON.stringify(query)}
            basePath={basePath}
            filters={filters}
            couriers={options.couriers.map((c) => ({ value: c.id, label: c.name }))}
            zones={options.zones.map((z) => ({ value: z.id, label: z.name }))}
          />
          {board.total > 0 && <ResultCount total={board.total} noun={['delivery', 'deliveries']} filtered={narrowed || filters.status !== undefined} />}
          {board.total === 0 ? (
            filters.status === 'late' && !narrowed ? (
              <EmptyState icon={CircleCheck} title="Nothing is late" description="Every open delivery is still within its estimated time." />
            ) : (
              <EmptyState
                icon={SearchX}
                title="No deliveries match"
                description="Check the tracking or order number, or try another tab, fewer filters or a wider date range."
                action={
                  <Button asChild variant="outline">
                    <Link href={basePath}>Show all deliveries</Link>
                  </Button>
                }
              />
            )
          ) : (
            <DeliveriesBoard rows={board.rows} dashboardPath={dashboardPath} timeZone={ctx.org.timezone} money={(minor, currency) => formatMoney(minor, currency, locale)} />
          )}
          <Pagination basePath={basePath} searchParams={query} page={board.page} totalPages={board.totalPages} />
        </>
      )}
    </>
  );
}
