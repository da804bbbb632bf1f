import type { Metadata } from 'next';
import { TriangleAlert } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { ColumnChart } from '@/components/admin/overview/column-chart';
import { KpiCards, type Kpi } from '@/components/admin/overview/kpi-cards';
import { TopTenants } from '@/components/admin/overview/top-tenants';
import { TenantCharts } from '@/components/admin/tenant-charts';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getPlatformOverview } from '@/lib/admin/overview/get-platform-overview';
import { formatMoney } from '@/lib/money/money';
import { adminPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Overview' };

const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));
const number = new Intl.NumberFormat('en-GB');

export default async function OverviewPage() {
  const ctx = await adminPageContext();
  if (!ctx.can('overview.view')) return <AdminForbidden section="the overview" />;
  const overview = await getPlatformOverview(ctx);
  const { counts, money } = overview;
  const ordersTotal = overview.ordersPerDay.reduce((s, d) => s + d.orders, 0);
  const busiest = overview.ordersPerDay.reduce((a, b) => (b.orders > a.orders ? b : a), overview.ordersPerDay[0]!);
  const signupsTotal = overview.signupsPerWeek.reduce((s, w) => s + w.signups, 0);
  const cash = (minor: number) => (money ? formatMoney(minor, money.baseCurrency, 'en') : '');

  const kpis: Kpi[] = [
    { label: 'Organizations', value: number.format(counts.total), hint: `${number.format(counts.byStatus.active)} active · ${number.format(counts.byStatus.suspended)} suspended` },
    { label: 'New this week', value: number.format(counts.newThisWeek), hint: 'Signed up in the last 7 days' },
    { label: 'Orders today', value: number.format(overview.ordersToday), hint: 'Since midnight UTC, every tenant' },
    money
      ? { label: 'GMV, last 30 days', value: cash(money.gmvTotal), hint: `In ${money.baseCurrency}; cancelled and refunded orders excluded` }
      : { label: 'Orders, last 30 days', value: number.format(ordersTotal), hint: 'Every tenant' },
  ];

  return (
    <>
      <PageHeader title="Overview" description="The platform at a glance. Days and weeks are in UTC." />
      <KpiCards items={kpis} />
      <TenantCharts counts={counts} />

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Sign-ups per week
            </CardTitle>
            <CardDescription>New organizations, the last 12 weeks (weeks start on Monday).</CardDescription>
          </CardHeader>
          <CardContent>
            <ColumnChart
              title="Sign-ups per week"
              summary={`${signupsTotal} sign-ups in 12 weeks, ${overview.signupsPerWeek.at(-1)?.signups ?? 0} this week.`}
              periodHeader="Week starting"
              valueHeader="Sign-ups"
              columns={overview.signupsPerWeek.map((w) => ({ key: w.weekStart, label: label(w.weekStart), value: w.signups, valueText: number.format(w.signups) }))}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Orders per day
            </CardTitle>
            <CardDescription>Orders placed across every tenant, the last 30 days, whatever became of them.</CardDescription>
          </CardHeader>
          <CardContent>
            <ColumnChart
              title="Orders per day"
              summary={`${number.format(ordersTotal)} orders in 30 days; the busiest day was ${label(busiest.day)} with ${number.format(busiest.orders)}.`}
              periodHeader="Day"
              valueHeader="Orders"
              columns={overview.ordersPerDay.map((d) => ({ key: d.day, label: label(d.day), value: d.orders, valueText: number.format(d.orders) }))}
            />
          </CardContent>
        </Card>
      </div>

      {money && (
        <>
          {money.unconverted.length > 0 && (
            <Alert variant="warning">
              <TriangleAlert aria-hidden="true" />
              <AlertTitle>Some orders are left out of GMV</AlertTitle>
              <AlertDescription>
                <p>There is no exchange rate into {money.baseCurrency} on or before their day for:</p>
                <ul className="list-disc pl-5">
                  {money.unconverted.map((u) => (
                    <li key={u.currency}>
                      {u.currency}: {number.format(u.orders)} {u.orders === 1 ? 'order' : 'orders'} worth {formatMoney(u.amount, u.currency, 'en')} ({label(u.firstDay)}
                      {u.lastDay !== u.firstDay ? ` – ${label(u.lastDay)}` : ''})
                    </li>
                  ))}
                </ul>
                <p>Add a rate under Exchange rates and they will count.</p>
              </AlertDescription>
            </Alert>
          )}
          <div className="grid gap-4 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle as="h2" className="text-base">
                  Gross merchandise value per day
                </CardTitle>
                <CardDescription>
                  Order totals in {money.baseCurrency}, not counting cancelled or refunded orders. Each tenant&apos;s day in one currency is converted
                  at the latest rate on or before that day, rounded half-up to the smallest unit of {money.baseCurrency}.
                </CardDescription>
              </CardHeader>
              <CardContent>
                <ColumnChart
                  title={`Gross merchandise value per day in ${money.baseCurrency}`}
                  summary={`${cash(money.gmvTotal)} in 30 days.`}
                  periodHeader="Day"
                  valueHeader={`GMV (${money.baseCurrency})`}
                  columns={money.gmvPerDay.map((d) => ({ key: d.day, label: label(d.day), value: d.gmv, valueText: cash(d.gmv) }))}
                />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2" className="text-base">
                  Top tenants
                </CardTitle>
                <CardDescription>By gross merchandise value over the last 30 days.</CardDescription>
              </CardHeader>
              <CardContent>
                {money.topTenants.length === 0 ? (
                  <p className="text-sm text-muted-foreground">No sales in the last 30 days.</p>
                ) : (
                  <TopTenants currency={money.baseCurrency} rows={money.topTenants.map((t) => ({ ...t, gmvText: cash(t.gmv) }))} />
                )}
              </CardContent>
            </Card>
          </div>
        </>
      )}
    </>
  );
}
