import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { DAYS } from './periods';

/** Orders placed per UTC day across every tenant, the last DAYS days with empty days included, oldest first. */
export async function ordersPerDay(tx: Tx, from: Date) {
  const rows = await tx.execute<{ day: string; n: number }>(sql`
    with days as (
      select generate_series(${from.toISOString()}::timestamptz at time zone 'UTC', ${from.toISOString()}::timestamptz at time zone 'UTC' + interval '${sql.raw(String(DAYS - 1))} days', interval '1 day')::date as day
    )
    select days.day::text as day, count(o.id)::int as n
    from days
    left join orders o on (o.created_at at time zone 'UTC')::date = days.day
    group by days.day
    order by days.day`);
  return rows.map((r) => ({ day: r.day, orders: Number(r.n) }));
}
