import 'server-only';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { deliveries } from '@/db/schema';
import { OPEN_DELIVERY_STATUSES, UNDER_WAY_STATUSES } from '@/lib/delivery/deliveries/transitions';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';
import { dayIn, dayStart } from './internal';

/** The courier's open deliveries, those under way (their phone shares its position) and those delivered today. */
export async function countMyDeliveries(cc: CourierContext, now: Date = new Date()) {
  requirePermission(cc, 'courier.work');
  const since = dayStart(dayIn(cc.org.timezone, now), cc.org.timezone);
  const [row] = await cc.tx((tx) =>
    tx
      .select({
        open: sql<number>`count(*) filter (where ${inArray(deliveries.status, [...OPEN_DELIVERY_STATUSES])})::int`,
        underWay: sql<number>`count(*) filter (where ${inArray(deliveries.status, [...UNDER_WAY_STATUSES])})::int`,
        deliveredToday: sql<number>`count(*) filter (where ${eq(deliveries.status, 'delivered')} and ${gte(deliveries.deliveredAt, since)})::int`,
      })
      .from(deliveries)
      .where(and(eq(deliveries.organizationId, cc.org.id), eq(deliveries.courierId, cc.courier.id))),
  );
  return { open: row?.open ?? 0, underWay: row?.underWay ?? 0, deliveredToday: row?.deliveredToday ?? 0 };
}
