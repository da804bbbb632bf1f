import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { baseCurrency } from './base-currency';
import { grossMerchandiseValue } from './gmv';
import { ordersPerDay } from './orders-per-day';
import { DAYS, startOfUtcDay } from './periods';
import { signupsPerWeek, tenantCounts } from './tenant-counts';

const TOP_TENANTS = 10;

/**
 * The back office's front page: tenants by plan and status, sign-ups per week and orders per
 * day for every staff role with overview.view; money (GMV in the base currency, top tenants)
 * only with money.view, and otherwise not even queried.
 */
export async function getPlatformOverview(ctx: AdminContext, now = new Date()) {
  requirePlatformPermission(ctx, 'overview.view');
  const from = startOfUtcDay(now, DAYS - 1);
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  return ctx.tx(async (tx) => {
    const counts = await tenantCounts(tx, weekAgo);
    const signups = await signupsPerWeek(tx, now);
    const orders = await ordersPerDay(tx, from);
    const ordersToday = orders.at(-1)?.orders ?? 0;
    let money = null;
    if (ctx.can('money.view')) {
      const currency = await baseCurrency(tx);
      const gmv = await grossMerchandiseValue(tx, from, currency, TOP_TENANTS);
      const byDay = new Map(gmv.perDay.map((d) => [d.day, d.gmv]));
      const gmvPerDay = orders.map((d) => ({ day: d.day, gmv: byDay.get(d.day) ?? 0 }));
      money = {
        baseCurrency: currency,
        gmvTotal: gmvPerDay.reduce((sum, d) => sum + d.gmv, 0),
        gmvPerDay,
        topTenants: gmv.topTenants,
        unconverted: gmv.unconverted,
      };
    }
    return { from, counts, signupsPerWeek: signups, ordersPerDay: orders, ordersToday, money };
  });
}

export type PlatformOverview = Awaited<ReturnType<typeof getPlatformOverview>>;
