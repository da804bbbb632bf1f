import type { Metadata } from 'next';
import Link from 'next/link';
import { Banknote, Bike, SearchX } from 'lucide-react';
import { CourierFilters } from '@/components/couriers/courier-filters';
import { CouriersTable, type CourierRowView } from '@/components/couriers/couriers-table';
import { Forbidden } from '@/components/dashboard/forbidden';
import { featureOffPage } from '@/components/plans/feature-not-on-plan';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { COURIER_VEHICLE_LABELS, formatRating } from '@/lib/delivery/couriers-admin/labels';
import { listCouriers } from '@/lib/delivery/couriers-admin/list-couriers';
import { courierFilterParams, CourierListFilters, isFiltered } from '@/lib/delivery/couriers-admin/schemas';
import { formatMoney } from '@/lib/money/money';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Couriers' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** The store's couriers: who is out, how they rate, what they earned and what cash they hold. */
export default async function CouriersPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const { org } = ctx;
  if (!ctx.can('couriers.manage')) {
    return <Forbidden description="Only owners and admins manage couriers." action={{ href: `/dashboard/${org.slug}`, label: 'Back to the overview' }} />;
  }
  const featureOff = await featureOffPage(ctx, 'deliveries');
  if (featureOff) return featureOff;
  const filters = CourierListFilters.parse(await searchParams);
  const result = await listCouriers(ctx, filters);
  const basePath = `/dashboard/${org.slug}/couriers`;
  const teamPath = `/dashboard/${org.slug}/settings/team`;
  const filtered = isFiltered(filters);
  const money = (minor: number, currency: string) => formatMoney(minor, currency, org.defaultLocale);

  const rows: CourierRowView[] = result.rows.map((r) => ({
    id: r.id,
    href: `${basePath}/${r.id}`,
    name: r.name,
    email: r.email,
    phone: r.phone,
    vehicle: COURIER_VEHICLE_LABELS[r.vehicleType],
    status: r.status,
    isActive: r.isActive,
    lastSeenAt: r.lastSeenAt,
    rating: formatRating(r.rating, r.ratingCount),
    deliveriesDone: r.deliveriesDone,
    openDeliveries: r.openDeliveries,
    earnings: money(r.totalEarnings, r.currency),
    fee: money(r.feePerDelivery, r.currency),
    cashBalance: money(r.cashBalance, r.currency),
    holdsCash: r.cashBalance > 0,
  }));

  return (
    <>
      <PageHeader
        title="Couriers"
        description={`Members of ${org.name} with the courier role. Times are in ${org.timezone}.`}
        actions={
          ctx.can('cash.reconcile') && (
            <Button asChild variant="outline">
              <Link href={`${basePath}/cash`}>
                <Banknote aria-hidden="true" />
                Cash reconciliation
              </Link>
            </Button>
          )
        }
      />
      {(filtered || result.total > 0) && <CourierFilters basePath={basePath} filters={filters} />}
      {result.total > 0 && <ResultCount total={result.total} noun={['courier', 'couriers']} filtered={filtered} />}
      {result.total === 0 && !filtered ? (
        <EmptyState
          icon={Bike}
          title="No couriers yet"
          description="Couriers are members of your team with the courier role. Invite them from Settings → Team and choose the courier role; they appear here once they accept, and sign in to the courier app on their phone."
          action={
            ctx.can('team.invite') ? (
              <Button asChild variant="outline">
                <Link href={teamPath}>Go to Settings → Team</Link>
              </Button>
            ) : undefined
          }
        />
      ) : result.total === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No couriers match these filters"
          description="Check the spelling of the name, email or phone, or try fewer filters."
          action={
            <Button asChild variant="outline">
              <Link href={basePath}>Clear filters</Link>
            </Button>
          }
        />
      ) : (
        <CouriersTable rows={rows} timeZone={org.timezone} />
      )}
      <Pagination basePath={basePath} searchParams={courierFilterParams(filters)} page={result.page} totalPages={result.totalPages} />
    </>
  );
}
