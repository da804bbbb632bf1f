import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { PLAN_LABELS, STATUS_LABELS } from '@/lib/tenancy/labels';

type Bar = { key: string; label: string; count: number; href: string; className: string };

/**
 * A small bar chart that is also a table: screen readers get label and count per row, the
 * bars themselves are decorative. Each label filters the list below.
 */
function BarTable({ title, bars, total }: { title: string; bars: Bar[]; total: number }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <Card>
      <CardHeader className="pb-3">
        <CardTitle as="h2" className="text-base">
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent>
        <table className="w-full text-sm">
          <caption className="sr-only">
            {title}, {total} tenants in all
          </caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Tenants</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row" className="w-28 py-1 pr-3 text-left font-medium">
                  <Link href={bar.href} className="rounded-sm hover:underline">
                    {bar.label}
                  </Link>
                </th>
                <td className="py-1">
                  <div className="flex items-center gap-2">
                    <div aria-hidden="true" className="h-5 flex-1 overflow-hidden rounded-sm bg-muted">
                      <div className={`h-full rounded-sm ${bar.className}`} style={{ width: `${(bar.count / max) * 100}%` }} />
                    </div>
                    <span className="w-10 text-right tabular-nums">{bar.count}</span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}

type Counts = { total: number; byPlan: Record<keyof typeof PLAN_LABELS, number>; byStatus: Record<'active' | 'suspended' | 'cancelled', number> };

const STATUS_COLOURS = { active: 'bg-success', suspended: 'bg-warning', cancelled: 'bg-muted-foreground' };

/** Tenants by plan and by status, across the whole platform. */
export function TenantCharts({ counts }: { counts: Counts }) {
  const plans = (Object.keys(PLAN_LABELS) as (keyof typeof PLAN_LABELS)[]).map((plan) => ({
    key: plan,
    label: PLAN_LABELS[plan],
    count: counts.byPlan[plan],
    href: `/admin/tenants?plan=${plan}`,
    className: 'bg-primary',
  }));
  const statuses = (Object.keys(STATUS_COLOURS) as (keyof typeof STATUS_COLOURS)[]).map((status) => ({
    key: status,
    label: STATUS_LABELS[status],
    count: counts.byStatus[status],
    href: `/admin/tenants?status=${status}`,
    className: STATUS_COLOURS[status],
  }));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <BarTable title="Tenants by plan" bars={plans} total={counts.total} />
      <BarTable title="Tenants by status" bars={statuses} total={counts.total} />
    </div>
  );
}
