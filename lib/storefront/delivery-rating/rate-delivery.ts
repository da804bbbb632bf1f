import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { couriers, deliveries } from '@/db/schema';
import { writeDeliveryHistory } from '@/lib/delivery/deliveries/history';
import { conflict, notFound } from '@/lib/server/errors';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { getShopperOrder } from '@/lib/storefront/orders/order-access';
import type { OrderAccess } from '@/lib/storefront/orders/order-access';
import { readRatingToken } from './rating-link';

export type RateDeliveryCommand = { access: OrderAccess | { ratingToken: string }; stars: number; feedback: string | null };
export type DeliveryRating = { stars: number; feedback: string | null; ratedAt: Date };

/**
 * The shopper who can see the order (its secret link, or their account) rates its delivery once
 * it was delivered, once. The rating is added to the courier's running sum in the same transaction.
 */
export async function rateDelivery(ctx: Pick<ShopperSessionContext, 'org' | 'user' | 'tx'>, input: RateDeliveryCommand): Promise<DeliveryRating> {
  const orgId = ctx.org.id;
  const access = input.access;
  return ctx.tx(async (tx) => {
    const columns = { id: deliveries.id, status: deliveries.status, courierId: deliveries.courierId, ratedAt: deliveries.ratedAt };
    let delivery;
    if ('ratingToken' in access) {
      const deliveryId = readRatingToken(access.ratingToken, orgId);
      if (!deliveryId) throw notFound('Delivery');
      [delivery] = await tx.select(columns).from(deliveries).where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, deliveryId)));
    } else {
      const order = await getShopperOrder(tx, ctx, access);
      // The latest delivery is the one the order page shows (a returned parcel may have a successor).
      [delivery] = await tx
        .select(columns)
        .from(deliveries)
        .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.orderId, order.id)))
        .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
        .limit(1);
    }
    if (!delivery) throw notFound('Delivery');
    if (delivery.status !== 'delivered') throw conflict('You can rate the delivery once it has arrived.');

    const ratedAt = new Date();
    // Conditional: of two submissions racing, only one finds rated_at still empty.
    const [rated] = await tx
      .update(deliveries)
      .set({ ratingStars: input.stars, ratingFeedback: input.feedback, ratedAt, updatedAt: ratedAt })
      .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, delivery.id), eq(deliveries.status, 'delivered'), isNull(deliveries.ratedAt)))
      .returning({ id: deliveries.id });
    if (!rated) throw conflict('You have already rated this delivery.');

    if (delivery.courierId) {
      await tx
        .update(couriers)
        .set({ ratingSum: sql`${couriers.ratingSum} + ${input.stars}`, ratingCount: sql`${couriers.ratingCount} + 1`, updatedAt: ratedAt })
        .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, delivery.courierId)));
    }
    await writeDeliveryHistory(tx, orgId, {
      deliveryId: delivery.id,
      event: 'rated',
      courierId: delivery.courierId,
      notes: `${input.stars} of 5 stars${input.feedback ? `: ${input.feedback}` : ''}`,
      actor: { type: 'customer', userId: ctx.user?.id ?? null },
    });
    return { stars: input.stars, feedback: input.feedback, ratedAt };
  });
}
