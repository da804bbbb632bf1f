import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { couriers, deliveries, orders, type DeliveryStatus, type OrderStatus } from '@/db/schema';
import type { OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { isLate, OPEN_DELIVERY_STATUSES } from '../deliveries/transitions';
import { courierUser, displayName } from './internal';

/** Order statuses a delivery can be opened for by hand (as createDeliveryForOrder allows). */
const DELIVERABLE: readonly OrderStatus[] = ['confirmed', 'processing', 'packed'];

export type OrderDeliverySummary = {
  id: string;
  trackingNumber: string;
  status: DeliveryStatus;
  courierName: string | null;
  estimatedDeliveryAt: Date | null;
  isLate: boolean;
};

export type OrderDelivery = {
  /** The delivery under way (at most one), else the latest one. */
  current: OrderDeliverySummary | null;
  hasOpen: boolean;
  /** A delivery can be opened by hand now (none is open and the order is confirmed, processing or packed). */
  canCreate: boolean;
};

/**
 * The order page's delivery card: its delivery, or whether one can be opened by hand. null
 * for pick-up orders and for members who may not see deliveries.
 */
export async function getOrderDelivery(ctx: OrgContext, orderId: string): Promise<OrderDelivery | null> {
  if (!ctx.can('deliveries.view')) return null;
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const [order] = await tx
      .select({ status: orders.status, fulfilmentMethod: orders.fulfilmentMethod })
      .from(orders)
      .where(and(eq(orders.organizationId, orgId), eq(orders.id, orderId)));
    if (!order) throw notFound('Order');
    if (order.fulfilmentMethod !== 'delivery') return null;
    const rows = await tx
      .select({
        id: deliveries.id,
        trackingNumber: deliveries.trackingNumber,
        status: deliveries.status,
        courierId: deliveries.courierId,
        courierName: displayName(courierUser),
        estimatedDeliveryAt: deliveries.estimatedDeliveryAt,
      })
      .from(deliveries)
      .leftJoin(couriers, and(eq(couriers.organizationId, deliveries.organizationId), eq(couriers.id, deliveries.courierId)))
      .leftJoin(courierUser, eq(courierUser.id, couriers.userId))
      .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.orderId, orderId)))
      .orderBy(desc(deliveries.createdAt), desc(deliveries.id));
    const open = rows.find((r) => OPEN_DELIVERY_STATUSES.includes(r.status));
    const shown = open ?? rows[0];
    return {
      current: shown
        ? {
            id: shown.id,
            trackingNumber: shown.trackingNumber,
            status: shown.status,
            courierName: shown.courierId ? shown.courierName : null,
            estimatedDeliveryAt: shown.estimatedDeliveryAt,
            isLate: isLate(shown),
          }
        : null,
      hasOpen: Boolean(open),
      canCreate: !open && ctx.can('deliveries.manage') && DELIVERABLE.includes(order.status),
    };
  });
}

/**
 * The order's own moves that its open delivery makes instead (the order verbs refuse them by
 * hand while one is open): out for delivery, delivered, and back to packed.
 */
export function withoutDeliverySteps(from: OrderStatus, statuses: OrderStatus[]): OrderStatus[] {
  return statuses.filter((to) => to !== 'out_for_delivery' && to !== 'delivered' && !(from === 'out_for_delivery' && to === 'packed'));
}
