import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ORGANIZATION_PLANS, ORGANIZATION_STATUSES } from '@/db/schema/values';
import { WEEKS } from './periods';

type Plan = (typeof ORGANIZATION_PLANS)[number];
type Status = (typeof ORGANIZATION_STATUSES)[number];

/** Organizations (not deleted) by plan and status, and how many signed up since `weekAgo`: one grouped query. */
export async function tenantCounts(tx: Tx, weekAgo: Date) {
  const rows = await tx.execute<{ plan: Plan; status: Status; n: number; recent: number }>(sql`
    select plan, status, count(*)::int as n, count(*) filter (where created_at >= ${weekAgo.toISOString()}::timestamptz)::int as recent
    from organizations
    where deleted_at is null
    group by plan, status`);
  const byPlan = Object.fromEntries(ORGANIZATION_PLANS.map((p) => [p, 0])) as Record<Plan, number>;
  const byStatus = Object.fromEntries(ORGANIZATION_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let total = 0;
  let newThisWeek = 0;
  for (const row of rows) {
    byPlan[row.plan] += Number(row.n);
    byStatus[row.status] += Number(row.n);
    total += Number(row.n);
    newThisWeek += Number(row.recent);
  }
  return { total, newThisWeek, byPlan, byStatus };
}

/** Organizations created per ISO week (Monday, UTC) over the last WEEKS weeks, empty weeks included, oldest first. */
export async function signupsPerWeek(tx: Tx, now: Date) {
  const rows = await tx.execute<{ week: string; n: number }>(sql`
    with weeks as (
      select generate_series(
        date_trunc('week', ${now.toISOString()}::timestamptz at time zone 'UTC') - interval '${sql.raw(String(WEEKS - 1))} weeks',
        date_trunc('week', ${now.toISOString()}::timestamptz at time zone 'UTC'),
        interval '1 week') as week
    )
    select to_char(weeks.week, 'YYYY-MM-DD') as week, count(o.id)::int as n
    from weeks
    left join organizations o
      on o.deleted_at is null
     and date_trunc('week', o.created_at at time zone 'UTC') = weeks.week
    group by weeks.week
    order by weeks.week`);
  return rows.map((r) => ({ weekStart: r.week, signups: Number(r.n) }));
}
