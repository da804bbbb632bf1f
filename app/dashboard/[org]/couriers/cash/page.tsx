import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft, Wallet } from 'lucide-react';
import { CashBalanceChart, type CashBarView } from '@/components/couriers/cash-balance-chart';
import { CashBalancesTable, type CashBalanceRowView } from '@/components/couriers/cash-balances-table';
import { Forbidden } from '@/components/dashboard/forbidden';
import { featureOffPage } from '@/components/plans/feature-not-on-plan';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listCashBalances } from '@/lib/delivery/cash/list-cash-balances';
import { formatMoney } from '@/lib/money/money';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Cash reconciliation' };

/** Cash on delivery across couriers: collected, handed in and still held, and who holds the most. */
export default async function CashReconciliationPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const { org } = ctx;
  const listPath = `/dashboard/${org.slug}/couriers`;
  if (!ctx.can('cash.reconcile')) {
    return <Forbidden description="Only owners and admins reconcile couriers’ cash." action={{ href: `/dashboard/${org.slug}`, label: 'Back to the overview' }} />;
  }
  const featureOff = await featureOffPage(ctx, 'deliveries');
  if (featureOff) return featureOff;
  const { rows, totals } = await listCashBalances(ctx);
  const money = (minor: number, currency = org.defaultCurrency) => formatMoney(minor, currency, org.defaultLocale);
  const href = (courierId: string) => `${listPath}/${courierId}`;
  const views: CashBalanceRowView[] = rows.map((r) => ({
    courierId: r.courierId,
    href: href(r.courierId),
    name: r.name,
    isActive: r.isActive,
    isCourierMember: r.isCourierMember,
    collected: money(r.cashCollected, r.currency),
    handedIn: money(r.cashHandedIn, r.currency),
    balance: money(r.cashBalance, r.currency),
    holdsCash: r.cashBalance > 0,
  }));
  const bars: CashBarView[] = rows.map((r) => ({ courierId: r.courierId, href: href(r.courierId), name: r.name, balance: r.cashBalance, balanceText: money(r.cashBalance, r.currency) }));

  return (
    <>
      <Link href={listPath} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        Couriers
      </Link>
      <PageHeader
        title="Cash reconciliation"
        description="Cash couriers collected at the door on delivered cash-on-delivery orders, what they handed in, and what they still hold. Record a hand-in on the courier’s page."
      />
      {rows.length === 0 ? (
        <EmptyState
          icon={Wallet}
          title="No couriers yet"
          description="Once couriers deliver cash-on-delivery orders, the cash they collect and hand in is tracked here."
        />
      ) : (
        <>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            {[
              { label: 'Collected', value: money(totals.collected) },
              { label: 'Handed in', value: money(totals.handedIn) },
              { label: 'Still held by couriers', value: money(totals.balance) },
            ].map((item) => (
              <div key={item.label} className="flex flex-col gap-1 rounded-lg border p-4">
                <dt className="text-sm text-muted-foreground">{item.label}</dt>
                <dd className="text-xl font-semibold tabular-nums">{item.value}</dd>
              </div>
            ))}
          </dl>
          {totals.balance > 0 ? (
            <CashBalanceChart bars={bars} />
          ) : (
            <p className="text-sm text-muted-foreground" role="status">
              Every courier has handed in all the cash they collected.
            </p>
          )}
          <CashBalancesTable rows={views} totals={{ collected: money(totals.collected), handedIn: money(totals.handedIn), balance: money(totals.balance) }} />
        </>
      )}
    </>
  );
}
