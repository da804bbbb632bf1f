import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus, SearchX, TicketPercent } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { CouponTable } from '@/components/promotions/coupon-table';
import { Button, buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listCoupons } from '@/lib/promotions/coupons/list-coupons';
import { CouponListFilters } from '@/lib/promotions/coupons/schemas';
import { COUPON_STATUSES, COUPON_STATUS_LABELS } from '@/lib/promotions/coupons/status';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Coupons' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** Discount codes: search, status filter and pages in the URL. */
export default async function CouponsPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('coupons.manage')) {
    return <Forbidden description="Only owners and admins manage coupons." action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  }
  const filters = CouponListFilters.parse(await searchParams);
  const result = await listCoupons(ctx, filters);
  const basePath = `/dashboard/${slug}/coupons`;
  const filtered = Boolean(filters.q || filters.status);
  const add = (
    <Link href={`${basePath}/new`} className={buttonVariants()}>
      <Plus aria-hidden="true" />
      Create coupon
    </Link>
  );

  return (
    <>
      <PageHeader title="Coupons" description="Percentage, fixed-amount and free-shipping codes, with their limits and validity." actions={add} />
      {result.total === 0 && !filtered ? (
        <EmptyState icon={TicketPercent} title="No coupons yet" description="Create a code shoppers can enter at checkout, e.g. WELCOME10." action={add} />
      ) : (
        <>
          <FilterBar
            basePath={basePath}
            fields={[
              { kind: 'search', name: 'q', label: 'Search coupons', hideLabel: true, value: filters.q, placeholder: 'Code or name' },
              {
                kind: 'select',
                name: 'status',
                label: 'Status',
                value: filters.status ?? '',
                allLabel: 'Any status',
                options: COUPON_STATUSES.map((s) => ({ value: s, label: COUPON_STATUS_LABELS[s] })),
              },
            ]}
          />
          <ResultCount total={result.total} noun={['coupon', 'coupons']} filtered={filtered} />
          {result.total === 0 ? (
            <EmptyState
              icon={SearchX}
              title="No coupons match"
              description="Try another code or status."
              action={
                <Button asChild variant="outline">
                  <Link href={basePath}>Clear filters</Link>
                </Button>
              }
            />
          ) : (
            <CouponTable slug={slug} rows={result.rows} locale={ctx.org.defaultLocale} timeZone={ctx.org.timezone} />
          )}
          <Pagination basePath={basePath} searchParams={{ q: filters.q || undefined, status: filters.status }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
