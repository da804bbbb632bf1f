import type { Metadata } from 'next';
import { CreditCard } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { BILLING_STATUS_LABELS } from '@/components/billing/billing-labels';
import { SubscriptionsTable } from '@/components/billing/subscriptions-table';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { BILLING_STATUSES } from '@/db/schema/values';
import { listSubscriptions } from '@/lib/billing/admin/list-subscriptions';
import { billingConfig } from '@/lib/billing/config';
import { ListSubscriptionsFilters } from '@/lib/billing/schemas';
import { formatMoney } from '@/lib/money/money';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Billing' };

export default async function AdminBillingPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('money.view')) return <AdminForbidden section="billing" />;
  const filters = ListSubscriptionsFilters.parse(await searchParams);
  const result = await listSubscriptions(ctx, filters);
  const filtered = Boolean(filters.status);

  return (
    <>
      <PageHeader
        title="Billing"
        description={
          billingConfig()
            ? 'Tenants’ subscriptions to the platform, as Stripe Billing last reported them.'
            : 'Stripe Billing is not configured (no BILLING_STRIPE_SECRET_KEY): plans are changed by hand on each tenant’s page.'
        }
      />
      <Card className="sm:max-w-sm">
        <CardHeader>
          <CardDescription>Monthly recurring revenue</CardDescription>
          <CardTitle as="div" className="text-2xl tabular-nums">
            {formatMoney(result.mrr.amount, result.mrr.currency)}
          </CardTitle>
        </CardHeader>
        <CardContent className="text-sm text-muted-foreground">
          {result.mrr.paying} paying subscription{result.mrr.paying === 1 ? '' : 's'} (active, trial, or in a grace period), at list prices.
        </CardContent>
      </Card>
      <section aria-labelledby="subscription-list" className="flex flex-col gap-4">
        <h2 id="subscription-list" className="sr-only">
          Subscriptions
        </h2>
        <FilterBar
          basePath="/admin/billing"
          fields={[
            { kind: 'select', name: 'status', label: 'Status', value: filters.status ?? '', allLabel: 'All statuses', options: BILLING_STATUSES.map((s) => ({ value: s, label: BILLING_STATUS_LABELS[s] })) },
          ]}
        />
        {result.rows.length === 0 ? (
          <EmptyState
            icon={CreditCard}
            title={filtered ? 'No subscriptions with this status' : 'No subscriptions yet'}
            description={filtered ? 'Try another status, or clear the filter.' : 'A tenant appears here when its owner first opens Checkout for a paid plan.'}
          />
        ) : (
          <>
            <ResultCount total={result.total} noun={['subscription', 'subscriptions']} filtered={filtered} />
            <div className="overflow-x-auto rounded-lg border">
              <SubscriptionsTable rows={result.rows} />
            </div>
            <Pagination basePath="/admin/billing" searchParams={{ status: filters.status }} page={result.page} totalPages={result.totalPages} />
          </>
        )}
      </section>
    </>
  );
}
