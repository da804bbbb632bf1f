import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { checkoutSettings, orderStatusHistory, type Order, type OrderAddress, type OrderPriceSnapshot } from '@/db/schema';
import { loadOrderDelivery, type ShopperOrderDelivery } from '@/lib/storefront/tracking/order-delivery';
import { canCompleteCardPayment, canShopperCancel } from './order-rules';
import { shopperStatusLabel } from './shopper-labels';

export type ShopperTimelineEntry = { status: Order['status']; label: string; at: Date; byYou: boolean };

/** What a shopper sees of their order: no staff names, no internal notes. */
export type ShopperOrderDetail = {
  order: Pick<
    Order,
    | 'number'
    | 'status'
    | 'paymentStatus'
    | 'paymentMethod'
    | 'fulfilmentMethod'
    | 'currency'
    | 'createdAt'
    | 'customerName'
    | 'email'
    | 'phone'
    | 'customerNote'
    | 'paymentDueAt'
    | 'estimatedDeliveryHours'
    | 'couponCode'
  > & { shippingAddress: OrderAddress | null };
  snapshot: OrderPriceSnapshot;
  timeline: ShopperTimelineEntry[];
  bankTransferInstructions: string | null;
  pickupInstructions: string | null;
  canCancel: boolean;
  canPay: boolean;
  /** The order's delivery by courier, once the store opened one (absent for pick-up). */
  delivery?: ShopperOrderDelivery | null;
};

export async function loadShopperOrderDetail(tx: Tx, order: Order): Promise<ShopperOrderDetail> {
  const orgId = order.organizationId;
  const [history, [settings], delivery] = await Promise.all([
    tx
      .select({ status: orderStatusHistory.toStatus, at: orderStatusHistory.createdAt, actorType: orderStatusHistory.actorType })
      .from(orderStatusHistory)
      .where(and(eq(orderStatusHistory.organizationId, orgId), eq(orderStatusHistory.orderId, order.id)))
      .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id)),
    tx.select().from(checkoutSettings).where(eq(checkoutSettings.organizationId, orgId)),
    order.fulfilmentMethod === 'delivery' ? loadOrderDelivery(tx, orgId, order.id) : null,
  ]);
  return {
    order: {
      number: order.number,
      status: order.status,
      paymentStatus: order.paymentStatus,
      paymentMethod: order.paymentMethod,
      fulfilmentMethod: order.fulfilmentMethod,
      currency: order.currency,
      createdAt: order.createdAt,
      customerName: order.customerName,
      email: order.email,
      phone: order.phone,
      customerNote: order.customerNote,
      paymentDueAt: order.paymentDueAt,
      estimatedDeliveryHours: order.estimatedDeliveryHours,
      couponCode: order.couponCode,
      shippingAddress: order.shippingAddress ?? null,
    },
    snapshot: order.priceSnapshot,
    timeline: history.map((h) => ({
      status: h.status,
      label: shopperStatusLabel(h.status, order.fulfilmentMethod),
      at: h.at,
      byYou: h.actorType === 'customer' && h.status === 'cancelled',
    })),
    bankTransferInstructions: order.paymentMethod === 'bank_transfer' ? (settings?.bankTransferInstructions ?? null) : null,
    pickupInstructions: order.fulfilmentMethod === 'pickup' ? (settings?.pickupInstructions ?? null) : null,
    canCancel: canShopperCancel(order),
    canPay: canCompleteCardPayment(order),
    delivery,
  };
}
