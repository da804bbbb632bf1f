import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { couriers, deliveries, deliveryStatusHistory, deliveryTrackingPoints, orders, users, type DeliveryStatus } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { readRatingToken } from '@/lib/storefront/delivery-rating/rating-link';
import { courierFirstNameSql } from './courier-first-name';
import { FAILED_ATTEMPT_LABEL, looksLikeTrackingNumber, normalizeTrackingNumber, SHOPPER_DELIVERY_LABELS } from './labels';

export type TrackingTimelineEntry = { kind: 'status' | 'failed_attempt'; status: DeliveryStatus; label: string; at: Date };

/**
 * What anyone holding a tracking number may see: where the parcel is in its journey, who brings
 * it (first name) and when. Never the address, phone, items, code, staff notes or reasons.
 */
export type TrackingView = {
  trackingNumber: string;
  orderNumber: string;
  status: DeliveryStatus;
  statusLabel: string;
  courierFirstName: string | null;
  estimatedDeliveryAt: Date | null;
  deliveredAt: Date | null;
  timeline: TrackingTimelineEntry[];
  /** The courier's latest shared position, only while the parcel is out for delivery. */
  lastPosition: { latitude: number; longitude: number; recordedAt: Date } | null;
  rating: { stars: number; feedback: string | null } | null;
  /** The delivered email's rating link, when the page was opened with it (valid and for this delivery). */
  ratingToken: string | null;
};

/** This store's delivery behind a tracking number, or null (another store's number is unknown here). */
export async function getTrackingView(ctx: StorefrontContext, trackingNumber: string, ratingToken: string | null = null): Promise<TrackingView | null> {
  const number = normalizeTrackingNumber(trackingNumber);
  if (!looksLikeTrackingNumber(number)) return null;
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const [delivery] = await tx
      .select({
        id: deliveries.id,
        trackingNumber: deliveries.trackingNumber,
        status: deliveries.status,
        estimatedDeliveryAt: deliveries.estimatedDeliveryAt,
        deliveredAt: deliveries.deliveredAt,
        ratingStars: deliveries.ratingStars,
        ratingFeedback: deliveries.ratingFeedback,
        orderNumber: orders.number,
        courierFirstName: courierFirstNameSql,
      })
      .from(deliveries)
      .innerJoin(orders, and(eq(orders.organizationId, deliveries.organizationId), eq(orders.id, deliveries.orderId)))
      .leftJoin(couriers, and(eq(couriers.organizationId, deliveries.organizationId), eq(couriers.id, deliveries.courierId)))
      .leftJoin(users, eq(users.id, couriers.userId))
      .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.trackingNumber, number)));
    if (!delivery) return null;

    const [history, [point]] = await Promise.all([
      tx
        .select({ event: deliveryStatusHistory.event, toStatus: deliveryStatusHistory.toStatus, at: deliveryStatusHistory.createdAt })
        .from(deliveryStatusHistory)
        .where(
          and(
            eq(deliveryStatusHistory.organizationId, orgId),
            eq(deliveryStatusHistory.deliveryId, delivery.id),
            inArray(deliveryStatusHistory.event, ['created', 'status_changed', 'failed_attempt']),
          ),
        )
        .orderBy(asc(deliveryStatusHistory.createdAt), asc(deliveryStatusHistory.id)),
      delivery.status === 'dispatched'
        ? tx
            .select({ latitude: deliveryTrackingPoints.latitude, longitude: deliveryTrackingPoints.longitude, recordedAt: deliveryTrackingPoints.recordedAt })
            .from(deliveryTrackingPoints)
            .where(and(eq(deliveryTrackingPoints.organizationId, orgId), eq(deliveryTrackingPoints.deliveryId, delivery.id)))
            .orderBy(desc(deliveryTrackingPoints.recordedAt))
            .limit(1)
        : Promise.resolve([]),
    ]);

    const timeline: TrackingTimelineEntry[] = history.flatMap((h): TrackingTimelineEntry[] => {
      const status = h.toStatus ?? 'pending';
      if (h.event === 'failed_attempt') return [{ kind: 'failed_attempt', status, label: FAILED_ATTEMPT_LABEL, at: h.at }];
      return [{ kind: 'status', status, label: SHOPPER_DELIVERY_LABELS[status], at: h.at }];
    });

    return {
      trackingNumber: delivery.trackingNumber,
      orderNumber: delivery.orderNumber,
      status: delivery.status,
      statusLabel: SHOPPER_DELIVERY_LABELS[delivery.status],
      courierFirstName: delivery.courierFirstName,
      estimatedDeliveryAt: delivery.estimatedDeliveryAt,
      deliveredAt: delivery.deliveredAt,
      timeline,
      lastPosition: point ?? null,
      rating: delivery.ratingStars ? { stars: delivery.ratingStars, feedback: delivery.ratingFeedback } : null,
      ratingToken: ratingToken && delivery.status === 'delivered' && readRatingToken(ratingToken, orgId) === delivery.id ? ratingToken : null,
    };
  });
}
