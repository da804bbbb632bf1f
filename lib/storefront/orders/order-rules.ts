import type { Order } from '@/db/schema';
import { CUSTOMER_CANCELLABLE } from '@/lib/orders/transitions';

type OrderState = Pick<Order, 'status' | 'paymentStatus' | 'paymentMethod' | 'paymentDueAt'>;

export const canShopperCancel = (order: Pick<Order, 'status'>) => CUSTOMER_CANCELLABLE.includes(order.status);

/** A card order the shopper has not paid for yet, while its stock is still held for them. */
export function canCompleteCardPayment(order: OrderState, now = new Date()): boolean {
  return (
    order.paymentMethod === 'card' &&
    order.status === 'pending' &&
    (order.paymentStatus === 'pending' || order.paymentStatus === 'unpaid' || order.paymentStatus === 'failed') &&
    (order.paymentDueAt === null || order.paymentDueAt > now)
  );
}
