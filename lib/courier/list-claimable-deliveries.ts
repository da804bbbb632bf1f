import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { deliveries, orders } from '@/db/schema';
import { distanceKm, latLng } from '@/lib/delivery/deliveries/geo';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';
import { courierDeliveryColumns, currentPosition, joinOrder } from './internal';

export const CLAIMABLE_LIMIT = 20;

/** Deliveries nobody has taken yet (pending, unassigned), oldest first, with the distance to their pick-up. */
export async function listClaimableDeliveries(cc: CourierContext, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(cc, 'courier.work');
  const rows = await cc.tx((tx) =>
    tx
      .select(courierDeliveryColumns)
      .from(deliveries)
      .innerJoin(orders, joinOrder)
      .where(and(eq(deliveries.organizationId, cc.org.id), eq(deliveries.status, 'pending'), isNull(deliveries.courierId)))
      .orderBy(deliveries.createdAt, deliveries.id)
      .limit(CLAIMABLE_LIMIT + 1),
  );
  const position = currentPosition(cc, now);
  const shown = rows.slice(0, CLAIMABLE_LIMIT).map((r) => {
    const pickup = latLng(r.pickupLatitude, r.pickupLongitude);
    return { ...r, pickup, distanceKm: position && pickup ? distanceKm(position, pickup) : null };
  });
  return { rows: shown, more: rows.length > CLAIMABLE_LIMIT };
}

export type ClaimableDelivery = Awaited<ReturnType<typeof listClaimableDeliveries>>['rows'][number];
