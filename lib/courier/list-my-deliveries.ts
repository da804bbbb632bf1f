import 'server-only';
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { deliveries, orders } from '@/db/schema';
import { distanceKm, latLng, type LatLng } from '@/lib/delivery/deliveries/geo';
import { isLate, OPEN_DELIVERY_STATUSES } from '@/lib/delivery/deliveries/transitions';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';
import { addDays, courierDeliveryColumns, currentPosition, dayIn, dayStart, joinOrder } from './internal';
import { routeOrder } from './route-order';

type Row = Awaited<ReturnType<typeof selectMine>>[number];
export type CourierDeliveryRow = Row & {
  pickup: LatLng | null;
  dropoff: LatLng | null;
  /** From where the courier is to where they go next for it (the pick-up before pick-up, else the drop-off). */
  distanceKm: number | null;
  late: boolean;
  /** When it was closed (delivered, returned or cancelled). */
  closedAt: Date | null;
};

function selectMine(cc: CourierContext, start: ReturnType<typeof dayStart>, end: ReturnType<typeof dayStart>) {
  const closedAt = sql`coalesce(${deliveries.deliveredAt}, ${deliveries.returnedAt}, ${deliveries.cancelledAt})`;
  return cc.tx((tx) =>
    tx
      .select(courierDeliveryColumns)
      .from(deliveries)
      .innerJoin(orders, joinOrder)
      .where(
        and(
          eq(deliveries.organizationId, cc.org.id),
          eq(deliveries.courierId, cc.courier.id),
          sql`(${inArray(deliveries.status, [...OPEN_DELIVERY_STATUSES])} or (${gte(closedAt, start)} and ${lt(closedAt, end)}))`,
        ),
      )
      .orderBy(deliveries.createdAt),
  );
}

/**
 * The courier's day: every open delivery of theirs in route order (nearest next, from where they
 * are or the pick-up point), then what they closed on `day` (the store's calendar day, today
 * by default), latest first.
 */
export async function listMyDeliveries(cc: CourierContext, { day, now = new Date() }: { day?: string; now?: Date } = {}) {
  requirePermission(cc, 'courier.work');
  const tz = cc.org.timezone;
  const today = day ?? dayIn(tz, now);
  const rows = await selectMine(cc, dayStart(today, tz), dayStart(addDays(today, 1), tz));

  const detailed = rows.map((r) => ({
    ...r,
    pickup: latLng(r.pickupLatitude, r.pickupLongitude),
    dropoff: latLng(r.dropoffLatitude, r.dropoffLongitude),
    late: isLate(r, now),
    closedAt: r.deliveredAt ?? r.returnedAt ?? r.cancelledAt,
  }));
  const open = detailed.filter((r) => OPEN_DELIVERY_STATUSES.includes(r.status));
  const position = currentPosition(cc, now);
  const start = position ?? open.find((r) => r.pickup)?.pickup ?? null;
  const route = routeOrder(
    start,
    open.map((r) => ({ ...r, point: r.dropoff, estimatedAt: r.estimatedDeliveryAt })),
  );
  const withDistance = (r: (typeof detailed)[number]): CourierDeliveryRow => {
    const target = r.status === 'dispatched' ? r.dropoff : (r.pickup ?? r.dropoff);
    return { ...r, distanceKm: position && target ? distanceKm(position, target) : null };
  };
  const done = detailed
    .filter((r) => !OPEN_DELIVERY_STATUSES.includes(r.status))
    .sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0));
  return { day: today, position, open: route.map(({ point: _p, estimatedAt: _e, ...r }) => withDistance(r)), done: done.map(withDistance) };
}

export type MyDeliveries = Awaited<ReturnType<typeof listMyDeliveries>>;
