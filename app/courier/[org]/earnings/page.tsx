import type { Metadata } from 'next';
import { EarningsChart } from '@/components/courier/earnings-chart';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { earnings, type EarningsBucket } from '@/lib/courier/earnings';
import { courierPageContext } from '@/lib/courier/page-context';
import { formatMoney } from '@/lib/money/money';

export const metadata: Metadata = { title: 'Earnings' };

type Props = { params: Promise<{ org: string }> };

/** A bucket's day as words; the dates are calendar days already (no time zone to apply). */
const dayLabel = (b: EarningsBucket, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(`${b.start}T00:00:00Z`));

/** What the courier delivered and earned, per day (14 days) and per week (8 weeks). */
export default async function CourierEarningsPage({ params }: Props) {
  const { org: orgSlug } = await params;
  const cc = await courierPageContext(orgSlug, `/courier/${orgSlug}/earnings`);
  const result = await earnings(cc);
  const locale = cc.org.defaultLocale;
  const money = (minor: number) => formatMoney(minor, result.currency, locale);
  const today = result.days.at(-1)!;
  const thisWeek = result.weeks.at(-1)!;

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Earnings</h1>
      <dl className="grid grid-cols-2 gap-2">
        {[
          { label: 'Today', value: money(today.earnings), note: `${today.deliveries} delivered` },
          { label: 'This week', value: money(thisWeek.earnings), note: `${thisWeek.deliveries} delivered` },
          { label: 'All time', value: money(result.totalEarnings), note: 'with this store' },
          { label: 'Per delivery', value: money(result.feePerDelivery), note: 'set by the store' },
        ].map((s) => (
          <div key={s.label} className="flex min-w-0 flex-col rounded-lg border bg-background p-3">
            <dt className="text-sm text-muted-foreground">{s.label}</dt>
            <dd className="text-lg font-semibold break-words tabular-nums">{s.value}</dd>
            <dd className="text-xs text-muted-foreground">{s.note}</dd>
          </div>
        ))}
      </dl>

      <Card>
        <CardHeader className="pb-3">
          <CardTitle as="h2">Per day, last 14 days</CardTitle>
        </CardHeader>
        <CardContent>
          <EarningsChart
            title="Per day, last 14 days"
            periodHeader="Day"
            buckets={result.days}
            shortLabel={(b) => dayLabel(b, { day: 'numeric' })}
            longLabel={(b) => dayLabel(b, { weekday: 'short', day: 'numeric', month: 'short' })}
            currency={result.currency}
            locale={locale}
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader className="pb-3">
          <CardTitle as="h2">Per week, last 8 weeks</CardTitle>
        </CardHeader>
        <CardContent>
          <EarningsChart
            title="Per week, last 8 weeks"
            periodHeader="Week"
            buckets={result.weeks}
            shortLabel={(b) => dayLabel(b, { day: 'numeric', month: 'short' })}
            longLabel={(b) => `Week of ${dayLabel(b, { day: 'numeric', month: 'short', year: 'numeric' })}`}
            currency={result.currency}
            locale={locale}
          />
        </CardContent>
      </Card>
    </>
  );
}
