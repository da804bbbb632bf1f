import { and, asc, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { exchangeRates, users } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { paged, pageWindow } from '@/lib/server/list-query';
import type { ListRatesFilters } from './schemas';

export const RATES_PAGE_SIZE = 25;

function conditions(filters: ListRatesFilters): SQL | undefined {
  return and(
    filters.base ? eq(exchangeRates.base, filters.base) : undefined,
    filters.quote ? eq(exchangeRates.quote, filters.quote) : undefined,
    filters.from ? gte(exchangeRates.effectiveOn, filters.from) : undefined,
    filters.to ? lte(exchangeRates.effectiveOn, filters.to) : undefined,
  );
}

/** Rate history, newest day first, 25 a page, filtered by pair and date range. */
export async function listRates(ctx: AdminContext, filters: ListRatesFilters) {
  requirePlatformPermission(ctx, 'rates.manage');
  const where = conditions(filters);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(exchangeRates).where(where);
    const { page, offset } = pageWindow(total, filters.page, RATES_PAGE_SIZE);
    const rows = await tx
      .select({
        id: exchangeRates.id,
        base: exchangeRates.base,
        quote: exchangeRates.quote,
        rate: exchangeRates.rate,
        effectiveOn: exchangeRates.effectiveOn,
        source: exchangeRates.source,
        createdByEmail: users.email,
        createdAt: exchangeRates.createdAt,
      })
      .from(exchangeRates)
      .leftJoin(users, eq(users.id, exchangeRates.createdById))
      .where(where)
      .orderBy(desc(exchangeRates.effectiveOn), asc(exchangeRates.base), asc(exchangeRates.quote))
      .limit(RATES_PAGE_SIZE)
      .offset(offset);
    return paged(rows, total, page, RATES_PAGE_SIZE);
  });
}

export type RateListRow = Awaited<ReturnType<typeof listRates>>['rows'][number];

/** The most points a chart gets: a year of daily rates. */
export const SERIES_LIMIT = 366;

/** One pair's rates in the date range, oldest first, for the chart: the latest year when the range is longer. */
export async function rateSeries(
  ctx: AdminContext,
  filters: Pick<ListRatesFilters, 'from' | 'to'> & {
    base: string;
    quote: string;
  },
) {
  requirePlatformPermission(ctx, 'rates.manage');
  const where = conditions({ ...filters, page: 1 });
  const rows = await ctx.tx((tx) =>
    tx
      .select({
        effectiveOn: exchangeRates.effectiveOn,
        rate: exchangeRates.rate,
      })
      .from(exchangeRates)
      .where(where)
      .orderBy(desc(exchangeRates.effectiveOn))
      .limit(SERIES_LIMIT),
  );
  return rows.reverse();
}
