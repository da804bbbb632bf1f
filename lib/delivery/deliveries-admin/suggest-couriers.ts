import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { couriers, deliveries, memberships, type CourierStatus } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { distanceKm, latLng } from '../deliveries/geo';
import { OPEN_DELIVERY_STATUSES } from '../deliveries/transitions';
import { courierUser, displayName, getDeliveryInOrg } from './internal';

export type CourierSuggestion = {
  courierId: string;
  name: string;
  status: CourierStatus;
  /** Their other open deliveries. */
  activeCount: number;
  /** From their last known position to the pick-up point; null when either is unknown. */
  distanceKm: number | null;
  score: number;
};

/**
 * Each open delivery a courier already has counts like 3 km of extra distance: one more stop
 * (parking, the hand-over, the code) takes a city courier about as long as riding 3 km, so a
 * courier 2 km further away with one job fewer is still the better choice.
 */
const KM_PER_OPEN_DELIVERY = 3;

/**
 * Who should take this delivery: the active couriers who are online, best first (the lowest
 * distance to the pick-up point + 3 km per open delivery). Couriers whose distance is unknown (no
 * position yet, or no pick-up point) come after every known one, by their load alone.
 */
export async function suggestCouriers(ctx: OrgContext, deliveryId: string): Promise<CourierSuggestion[]> {
  requirePermission(ctx, 'deliveries.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const delivery = await getDeliveryInOrg(tx, orgId, deliveryId);
    const load = tx
      .select({ courierId: deliveries.courierId, open: sql<number>`count(*)::int`.as('open') })
      .from(deliveries)
      .where(and(eq(deliveries.organizationId, orgId), inArray(deliveries.status, [...OPEN_DELIVERY_STATUSES]), ne(deliveries.id, delivery.id)))
      .groupBy(deliveries.courierId)
      .as('load');
    const rows = await tx
      .select({
        courierId: couriers.id,
        name: displayName(courierUser),
        status: couriers.status,
        lastLatitude: couriers.lastLatitude,
        lastLongitude: couriers.lastLongitude,
        activeCount: sql<number>`coalesce(${load.open}, 0)`.mapWith(Number),
      })
      .from(couriers)
      .innerJoin(memberships, and(eq(memberships.organizationId, couriers.organizationId), eq(memberships.userId, couriers.userId), eq(memberships.role, 'courier')))
      .innerJoin(courierUser, eq(courierUser.id, couriers.userId))
      .leftJoin(load, eq(load.courierId, couriers.id))
      .where(and(eq(couriers.organizationId, orgId), eq(couriers.isActive, true), ne(couriers.status, 'offline')));

    const pickup = latLng(delivery.pickupLatitude, delivery.pickupLongitude);
    const suggestions = rows.map(({ lastLatitude, lastLongitude, ...r }) => {
      const at = latLng(lastLatitude, lastLongitude);
      const km = pickup && at ? distanceKm(at, pickup) : null;
      return { ...r, distanceKm: km, score: (km ?? 0) + KM_PER_OPEN_DELIVERY * r.activeCount };
    });
    return suggestions.sort(
      (a, b) => Number(a.distanceKm === null) - Number(b.distanceKm === null) || a.score - b.score || a.name.localeCompare(b.name),
    );
  });
}
