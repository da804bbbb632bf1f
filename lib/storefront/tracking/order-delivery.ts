import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveries, type DeliveryStatus } from '@/db/schema';

/** What the order page shows of the order's delivery: the tracking link, and the shopper's rating once delivered. */
export type ShopperOrderDelivery = {
  trackingNumber: string;
  status: DeliveryStatus;
  rating: { stars: number; feedback: string | null; ratedAt: Date } | null;
};

/** The order's latest delivery (a returned parcel may be followed by a new one), or null. */
export async function loadOrderDelivery(tx: Tx, orgId: string, orderId: string): Promise<ShopperOrderDelivery | null> {
  const [row] = await tx
    .select({
      trackingNumber: deliveries.trackingNumber,
      status: deliveries.status,
      ratingStars: deliveries.ratingStars,
      ratingFeedback: deliveries.ratingFeedback,
      ratedAt: deliveries.ratedAt,
    })
    .from(deliveries)
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.orderId, orderId)))
    .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
    .limit(1);
  if (!row) return null;
  return {
    trackingNumber: row.trackingNumber,
    status: row.status,
    rating: row.ratedAt && row.ratingStars ? { stars: row.ratingStars, feedback: row.ratingFeedback, ratedAt: row.ratedAt } : null,
  };
}
