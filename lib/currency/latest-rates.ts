import { sql } from 'drizzle-orm';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';

export type LatestRate = {
  base: string;
  quote: string;
  rate: string;
  effectiveOn: string;
  source: string;
  previousRate: string | null;
  days: number;
};

/** One row per pair: its latest rate, the one before it (to show the change) and how many days are kept. */
export async function latestRates(ctx: AdminContext): Promise<LatestRate[]> {
  requirePlatformPermission(ctx, 'rates.manage');
  return ctx.tx(async (tx) => {
    const rows = await tx.execute<{
      base: string;
      quote: string;
      rate: string;
      effective_on: string;
      source: string;
      previous_rate: string | null;
      days: number;
    }>(sql`
      select base, quote, rate::text, effective_on::text, source, previous_rate::text, days::int
      from (
        select base, quote, rate, effective_on, source,
               lead(rate) over pair as previous_rate,
               count(*) over (partition by base, quote) as days,
               row_number() over pair as n
        from exchange_rates
        window pair as (partition by base, quote order by effective_on desc)
      ) ranked
      where n = 1
      order by base, quote`);
    return rows.map((r) => ({
      base: r.base,
      quote: r.quote,
      rate: r.rate,
      effectiveOn: r.effective_on,
      source: r.source,
      previousRate: r.previous_rate,
      days: Number(r.days),
    }));
  });
}
