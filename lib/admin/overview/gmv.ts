import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rateOn } from '@/lib/currency/rate-on';
import { currencyExponent } from '@/lib/money/money';

type Rate = { currency: string; day: string; rate: string; shift: number };

/**
 * Gross merchandise value counts the `total` of orders placed in the window that were not
 * cancelled or refunded (partial refunds still count at their full total), by UTC day of placement.
 */
function countedWhere(from: Date) {
  return sql`o.created_at >= ${from.toISOString()}::timestamptz and o.status not in ('cancelled', 'refunded')`;
}
/**
 * The rate of each (currency, day) that has counted orders: the latest rate on or before that day
 * (lib/currency rateOn, an inverse when only the other direction is kept). Null when none exists.
 */
async function ratesFor(tx: Tx, from: Date, base: string): Promise<Rate[]> {
  const pairs = await tx.execute<{ currency: string; day: string }>(sql`
    select distinct o.currency::text as currency, (o.created_at at time zone 'UTC')::date::text as day
    from orders o where ${countedWhere(from)}`);
  const rates: Rate[] = [];
  for (const { currency, day } of pairs) {
    const found = await rateOn(tx, currency.trim(), base, day);
    if (found) rates.push({ currency, day, rate: found.rate, shift: currencyExponent(base) - currencyExponent(currency.trim()) });
  }
  return rates;
}

/** A VALUES list of the rates for SQL (an empty, typed relation when there are none). */
function ratesRelation(rates: Rate[]) {
  if (rates.length === 0) return sql`select null::text as currency, null::date as day, null::numeric as rate, null::int as shift where false`;
  const rows = rates.map((r) => sql`(${r.currency}::text, ${r.day}::date, ${r.rate}::numeric, ${r.shift}::int)`);
  return sql`select * from (values ${sql.join(rows, sql`, `)}) as v(currency, day, rate, shift)`;
}

/**
 * GMV converted into `base`, grouped in SQL. Each tenant's sum per (day, currency) is converted
 * once and rounded half-up to whole minor units of `base` (Postgres numeric is exact; round() on
 * it rounds halves away from zero, as lib/currency does); days and tenants add those. Orders in a
 * currency with no rate by their day are left out and reported in `unconverted`.
 */
export async function grossMerchandiseValue(tx: Tx, from: Date, base: string, topLimit: number) {
  const rates = await ratesFor(tx, from, base);
  const groups = sql`
    rates as (${ratesRelation(rates)}),
    groups as (
      select o.organization_id, (o.created_at at time zone 'UTC')::date as day, o.currency::text as currency,
             count(*)::int as orders, sum(o.total)::bigint as amount
      from orders o where ${countedWhere(from)}
      group by 1, 2, 3
    ),
    converted as (
      select g.*, round(g.amount * r.rate * power(10::numeric, r.shift))::bigint as gmv
      from groups g left join rates r on r.currency = g.currency and r.day = g.day
    )`;
  const perDay = await tx.execute<{ day: string; gmv: string; orders: number }>(sql`
    with ${groups}
    select day::text as day, sum(gmv)::bigint::text as gmv, sum(orders) filter (where gmv is not null)::int as orders
    from converted where gmv is not null group by day order by day`);
  const top = await tx.execute<{ organization_id: string; name: string; slug: string; gmv: string; orders: number }>(sql`
    with ${groups}
    select c.organization_id, org.name, org.slug, sum(c.gmv)::bigint::text as gmv, sum(c.orders)::int as orders
    from converted c join organizations org on org.id = c.organization_id
    where c.gmv is not null
    group by c.organization_id, org.name, org.slug
    order by sum(c.gmv) desc, org.name
    limit ${topLimit}`);
  const unconverted = await tx.execute<{ currency: string; orders: number; amount: string; first_day: string; last_day: string }>(sql`
    with ${groups}
    select currency, sum(orders)::int as orders, sum(amount)::bigint::text as amount, min(day)::text as first_day, max(day)::text as last_day
    from converted where gmv is null group by currency order by currency`);
  return {
    perDay: perDay.map((r) => ({ day: r.day, gmv: Number(r.gmv), countedOrders: Number(r.orders) })),
    topTenants: top.map((r) => ({ organizationId: r.organization_id, name: r.name, slug: r.slug, gmv: Number(r.gmv), orders: Number(r.orders) })),
    unconverted: unconverted.map((r) => ({ currency: r.currency.trim(), orders: Number(r.orders), amount: Number(r.amount), firstDay: r.first_day, lastDay: r.last_day })),
  };
}
