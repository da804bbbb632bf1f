import type { Metadata } from 'next';
import Link from 'next/link';
import { ReceiptText, SearchX } from 'lucide-react';
import { OrderFilters } from '@/components/orders/order-filters';
import { OrdersTable, type OrderRowView } from '@/components/orders/orders-table';
import { Forbidden } from '@/components/dashboard/forbidden';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { formatMoney } from '@/lib/money/money';
import { isFiltered, orderFilterParams, OrderListFilters } from '@/lib/orders/list-filters';
import { listOrders } from '@/lib/orders/list-orders';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';
import { orgStorefrontUrl } from '@/lib/tenancy/hosts';

export const metadata: Metadata = { title: 'Orders' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** The store's orders, newest first, with filters and pages in the URL. */
export default async function OrdersPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('orders.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const { org } = ctx;
  const filters = OrderListFilters.parse(await searchParams);
  const result = await listOrders(ctx, filters);
  const basePath = `/dashboard/${org.slug}/orders`;
  const query = orderFilterParams(filters);
  const filtered = isFiltered(filters);

  const rows: OrderRowView[] = result.rows.map((row) => ({
    id: row.id,
    href: `${basePath}/${row.id}`,
    number: row.number,
    placedAt: row.createdAt,
    customerName: row.customerName,
    email: row.email,
    status: row.status,
    paymentStatus: row.paymentStatus,
    paymentMethod: row.paymentMethod,
    total: formatMoney(row.total, row.currency, org.defaultLocale),
    itemCount: row.itemCount,
  }));

  return (
    <>
      <PageHeader title="Orders" description={`Everything shoppers ordered from ${org.name}. Dates are in ${org.timezone}.`} />
      {(filtered || result.total > 0) && <OrderFilters basePath={basePath} filters={filters} />}
      {result.total > 0 && <ResultCount total={result.total} noun={['order', 'orders']} filtered={filtered} />}
      {result.total === 0 && !filtered ? (
        <EmptyState
          icon={ReceiptText}
          title="No orders yet"
          description="Orders appear here as soon as shoppers check out in your store. Share your store’s address to get the first one."
          action={
            <Button asChild variant="outline">
              <a href={orgStorefrontUrl(org.slug)} target="_blank" rel="noreferrer">
                Open your store
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </Button>
          }
        />
      ) : result.total === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No orders match these filters"
          description="Check the order number, or try fewer filters or a wider date range."
          action={
            <Button asChild variant="outline">
              <Link href={basePath}>Clear filters</Link>
            </Button>
          }
        />
      ) : (
        <OrdersTable rows={rows} timeZone={org.timezone} />
      )}
      <Pagination basePath={basePath} searchParams={query} page={result.page} totalPages={result.totalPages} />
    </>
  );
}
