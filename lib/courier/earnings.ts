import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import { couriers, deliveries } from '@/db/schema';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';
import { addDays, dayIn, dayStart } from './internal';

export const EARNINGS_DAYS = 14;
export const EARNINGS_WEEKS = 8;

export type EarningsBucket = { /** First day, "YYYY-MM-DD" in the store's calendar. */ start: string; deliveries: number; earnings: number };

/** Monday of the week `day` falls in. */
function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * What the courier delivered and earned: per day for the last 14 days and per week (Monday to
 * Sunday) for the last 8, in the store's time zone, oldest first, days without work as zeros.
 * Earnings are the fee fixed on each delivery when it was delivered.
 */
export async function earnings(cc: CourierContext, now: Date = new Date()) {
  requirePermission(cc, 'courier.work');
  const tz = cc.org.timezone;
  const today = dayIn(tz, now);
  const firstWeek = addDays(weekStart(today), -7 * (EARNINGS_WEEKS - 1));
  const firstDay = addDays(today, -(EARNINGS_DAYS - 1));
  const from = firstWeek < firstDay ? firstWeek : firstDay;

  const { perDay, profile } = await cc.tx(async (tx) => {
    const day = sql<string>`to_char(${deliveries.deliveredAt} at time zone ${tz}, 'YYYY-MM-DD')`;
    const perDay = await tx
      .select({ day, deliveries: sql<number>`count(*)::int`, earnings: sql<number>`coalesce(sum(${deliveries.courierFee}), 0)::bigint` })
      .from(deliveries)
      .where(
        and(
          eq(deliveries.organizationId, cc.org.id),
          eq(deliveries.courierId, cc.courier.id),
          eq(deliveries.status, 'delivered'),
          gte(deliveries.deliveredAt, dayStart(from, tz)),
        ),
      )
      .groupBy(sql`1`); // by position: the two time-zone parameters would make the expressions differ
    const [profile] = await tx
      .select({ totalEarnings: couriers.totalEarnings, currency: couriers.currency, feePerDelivery: couriers.feePerDelivery })
      .from(couriers)
      .where(and(eq(couriers.organizationId, cc.org.id), eq(couriers.id, cc.courier.id)));
    return { perDay, profile: profile! };
  });

  const byDay = new Map(perDay.map((r) => [r.day, { deliveries: Number(r.deliveries), earnings: Number(r.earnings) }]));
  const bucket = (start: string, length: number): EarningsBucket => {
    let deliveries = 0;
    let money = 0;
    for (let i = 0; i < length; i++) {
      const d = byDay.get(addDays(start, i));
      deliveries += d?.deliveries ?? 0;
      money += d?.earnings ?? 0;
    }
    return { start, deliveries, earnings: money };
  };
  return {
    currency: profile.currency,
    totalEarnings: profile.totalEarnings,
    feePerDelivery: profile.feePerDelivery,
    today,
    days: Array.from({ length: EARNINGS_DAYS }, (_, i) => bucket(addDays(firstDay, i), 1)),
    weeks: Array.from({ length: EARNINGS_WEEKS }, (_, i) => bucket(addDays(firstWeek, 7 * i), 7)),
  };
}

export type CourierEarnings = Awaited<ReturnType<typeof earnings>>;
