import 'server-only';
import type { Tx } from '@/db/client';
import type { OrderStatus } from '@/db/schema';
import { changeOrderStatus, type OrderActor } from '@/lib/orders/change-order-status';
import { lockOrder } from '@/lib/orders/lock-order';

const FORWARD: readonly OrderStatus[] = ['confirmed', 'processing', 'packed', 'out_for_delivery', 'delivered'];

/**
 * Brings the order to where its delivery is, one allowed step at a time (each with its history
 * row): a delivery opened by hand for a confirmed order walks it through processing and packed
 * when the courier picks it up. `packed` from out for delivery is the way back of a return.
 */
export async function syncOrderStatus(tx: Tx, orgId: string, orderId: string, target: OrderStatus, actor: OrderActor, reason?: string | null) {
  const order = await lockOrder(tx, orgId, orderId);
  if (order.status === target) return;
  const from = FORWARD.indexOf(order.status);
  const to = FORWARD.indexOf(target);
  const steps = from >= 0 && to > from ? FORWARD.slice(from + 1, to + 1) : [target];
  for (const status of steps) {
    await changeOrderStatus(tx, orgId, { orderId, to: status, actor, reason, viaDelivery: true });
  }
}
