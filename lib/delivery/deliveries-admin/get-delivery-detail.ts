import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import {
  couriers,
  deliveryStatusHistory,
  deliveryTrackingPoints,
  deliveryZones,
  orders,
  users,
  type Courier,
  type Delivery,
  type DeliveryHistoryRow,
  type DeliveryProofRequirement,
  type DeliveryStatus,
  type Order,
} from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { getDeliverySettings, usesOtp } from '../deliveries/delivery-settings';
import { distanceKm, latLng } from '../deliveries/geo';
import { missingProof } from '../deliveries/proof';
import { isLate, nextDeliveryStatuses } from '../deliveries/transitions';
import { courierUser, displayName, getDeliveryInOrg } from './internal';

export const TRACKING_POINTS_SHOWN = 50;

export type DeliveryHistoryEntry = Pick<DeliveryHistoryRow, 'id' | 'event' | 'fromStatus' | 'toStatus' | 'reason' | 'notes' | 'latitude' | 'longitude' | 'actorType' | 'createdAt'> & {
  /** Who did it: the member's or courier's name, "Customer", "System". */
  actorLabel: string;
  /** The courier the row names (for an assignment: who got the delivery). */
  courierName: string | null;
};

export type DeliveryPosition = { latitude: number; longitude: number; at: Date; accuracyMeters: number | null };

export type DeliveryDetail = {
  delivery: Omit<Delivery, 'otpHash' | 'proofPhotoKey'>;
  order: Pick<Order, 'id' | 'number' | 'status' | 'total' | 'currency' | 'paymentMethod' | 'paymentStatus'>;
  courier: (Pick<Courier, 'id' | 'phone' | 'status' | 'vehicleType' | 'isActive' | 'lastSeenAt'> & { name: string }) | null;
  zone: { id: string; name: string } | null;
  history: DeliveryHistoryEntry[];
  /** The newest first. */
  trackingPoints: DeliveryPosition[];
  /** Where the courier's phone last was for this delivery. */
  lastPosition: DeliveryPosition | null;
  distanceKm: number | null;
  isLate: boolean;
  proof: { requirement: DeliveryProofRequirement; otpSentAt: Date | null; otpVerifiedAt: Date | null; otpAttempts: number; hasPhoto: boolean; missing: string | null };
  /** What this member may do now. */
  actions: { statuses: DeliveryStatus[]; needsCourier: boolean; canAssign: boolean; canResendCode: boolean };
};

function actorLabel(type: DeliveryHistoryRow['actorType'], who: string | null): string {
  if (type === 'customer') return 'Customer';
  if (type === 'system') return 'System';
  if (type === 'courier') return who ? `${who} (courier)` : 'Courier';
  return who ?? 'Staff';
}

/** Everything the delivery page shows about one delivery, and what the member may do with it. */
export async function getDeliveryDetail(ctx: OrgContext, deliveryId: string): Promise<DeliveryDetail> {
  requirePermission(ctx, 'deliveries.view');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const { otpHash: _hash, proofPhotoKey, ...delivery } = await getDeliveryInOrg(tx, orgId, deliveryId);
    const [orderRows, courierRows, zoneRows, historyRows, points, settings] = await Promise.all([
      tx
        .select({ id: orders.id, number: orders.number, status: orders.status, total: orders.total, currency: orders.currency, paymentMethod: orders.paymentMethod, paymentStatus: orders.paymentStatus })
        .from(orders)
        .where(and(eq(orders.organizationId, orgId), eq(orders.id, delivery.orderId))),
      delivery.courierId
        ? tx
            .select({
              id: couriers.id,
              name: displayName(courierUser),
              phone: couriers.phone,
              status: couriers.status,
              vehicleType: couriers.vehicleType,
              isActive: couriers.isActive,
              lastSeenAt: couriers.lastSeenAt,
            })
            .from(couriers)
            .innerJoin(courierUser, eq(courierUser.id, couriers.userId))
            .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, delivery.courierId)))
        : Promise.resolve([]),
      delivery.zoneId
        ? tx
            .select({ id: deliveryZones.id, name: deliveryZones.name })
            .from(deliveryZones)
            .where(and(eq(deliveryZones.organizationId, orgId), eq(deliveryZones.id, delivery.zoneId)))
        : Promise.resolve([]),
      tx
        .select({ row: deliveryStatusHistory, actorName: displayName(users), courierName: displayName(courierUser) })
        .from(deliveryStatusHistory)
        .leftJoin(users, eq(users.id, deliveryStatusHistory.changedById))
        .leftJoin(couriers, and(eq(couriers.organizationId, deliveryStatusHistory.organizationId), eq(couriers.id, deliveryStatusHistory.courierId)))
        .leftJoin(courierUser, eq(courierUser.id, couriers.userId))
        .where(and(eq(deliveryStatusHistory.organizationId, orgId), eq(deliveryStatusHistory.deliveryId, delivery.id)))
        .orderBy(asc(deliveryStatusHistory.createdAt), asc(deliveryStatusHistory.id)),
      tx
        .select({ latitude: deliveryTrackingPoints.latitude, longitude: deliveryTrackingPoints.longitude, at: deliveryTrackingPoints.recordedAt, accuracyMeters: deliveryTrackingPoints.accuracyMeters })
        .from(deliveryTrackingPoints)
        .where(and(eq(deliveryTrackingPoints.organizationId, orgId), eq(deliveryTrackingPoints.deliveryId, delivery.id)))
        .orderBy(desc(deliveryTrackingPoints.recordedAt))
        .limit(TRACKING_POINTS_SHOWN),
      getDeliverySettings(tx, orgId),
    ]);
    const order = orderRows[0];
    if (!order) throw notFound('Order');
    const pickup = latLng(delivery.pickupLatitude, delivery.pickupLongitude);
    const dropoff = latLng(delivery.dropoffLatitude, delivery.dropoffLongitude);
    const manage = ctx.can('deliveries.manage');
    const next = manage ? nextDeliveryStatuses(delivery.status) : [];
    const needsCourier = !delivery.courierId && next.includes('processing');
    const open = delivery.status === 'pending' || delivery.status === 'processing';

    return {
      delivery,
      order,
      courier: courierRows[0] ?? null,
      zone: zoneRows[0] ?? null,
      history: historyRows.map(({ row, actorName, courierName }) => ({
        id: row.id,
        event: row.event,
        fromStatus: row.fromStatus,
        toStatus: row.toStatus,
        reason: row.reason,
        notes: row.notes,
        latitude: row.latitude,
        longitude: row.longitude,
        actorType: row.actorType,
        createdAt: row.createdAt,
        actorLabel: actorLabel(row.actorType, row.changedById ? actorName : null),
        courierName: row.courierId ? courierName : null,
      })),
      trackingPoints: points,
      lastPosition: points[0] ?? null,
      distanceKm: pickup && dropoff ? distanceKm(pickup, dropoff) : null,
      isLate: isLate(delivery),
      proof: {
        requirement: settings.proofRequirement,
        otpSentAt: delivery.otpSentAt,
        otpVerifiedAt: delivery.otpVerifiedAt,
        otpAttempts: delivery.otpAttempts,
        hasPhoto: proofPhotoKey !== null,
        missing: missingProof(settings.proofRequirement, { otpVerifiedAt: delivery.otpVerifiedAt, proofPhotoKey }),
      },
      actions: {
        // Starting needs a courier: the page offers the assignment instead.
        statuses: needsCourier ? next.filter((s) => s !== 'processing') : next,
        needsCourier,
        canAssign: manage && open,
        canResendCode: manage && delivery.status === 'dispatched' && usesOtp(settings.proofRequirement),
      },
    };
  });
}
