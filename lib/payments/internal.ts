import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, payments, type Order, type Payment } from '@/db/schema';
import { changeOrderStatus, type OrderActor } from '@/lib/orders/change-order-status';
import { canTransition } from '@/lib/orders/transitions';
import { notFound } from '@/lib/server/errors';
import { refundedStatuses } from './payment-state';

/** A payment of an order, locked for this transaction. Lock the order first (lockOrder), then this. */
export async function lockPayment(tx: Tx, orgId: string, { orderId, paymentId }: { orderId: string; paymentId: string }): Promise<Payment> {
  const [payment] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.organizationId, orgId), eq(payments.id, paymentId), eq(payments.orderId, orderId)))
    .for('update');
  if (!payment) throw notFound('Payment');
  return payment;
}

/**
 * After a payment's refunded amount changed: its status, the order's refunded total and
 * payment status, and, once everything is given back, the order's own status (refunded when
 * the state machine allows it; a still-pending order is cancelled, which releases its stock).
 * The order and the payment must already be locked by the caller.
 */
export async function applyRefundedAmount(
  tx: Tx,
  orgId: string,
  { order, payment, refundedAmount, actor, reason }: { order: Order; payment: Payment; refundedAmount: number; actor: OrderActor; reason: string | null },
): Promise<{ payment: Payment; order: Order }> {
  const now = new Date();
  const statuses = refundedStatuses(payment.amount, refundedAmount);
  const [updatedPayment] = await tx
    .update(payments)
    .set({
      refundedAmount,
      status: statuses.payment,
      refundReason: reason ?? payment.refundReason,
      processedAt: payment.processedAt ?? now,
      updatedAt: now,
    })
    .where(and(eq(payments.organizationId, orgId), eq(payments.id, payment.id)))
    .returning();
  const [totals] = await tx
    .select({ refunded: sql<number>`coalesce(sum(${payments.refundedAmount}), 0)::bigint`.mapWith(Number) })
    .from(payments)
    .where(and(eq(payments.organizationId, orgId), eq(payments.orderId, order.id)));
  const orderRefunded = totals?.refunded ?? refundedAmount;
  const orderStatuses = refundedStatuses(order.total, orderRefunded);
  let [updatedOrder] = await tx
    .update(orders)
    .set({ refundedTotal: orderRefunded, paymentStatus: orderStatuses.order, updatedAt: now })
    .where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id)))
    .returning();
  if (orderStatuses.order === 'refunded') {
    if (canTransition(updatedOrder!, 'refunded')) {
      ({ order: updatedOrder } = await changeOrderStatus(tx, orgId, { orderId: order.id, to: 'refunded', actor, reason }));
    } else if (updatedOrder!.status === 'pending') {
      ({ order: updatedOrder } = await changeOrderStatus(tx, orgId, { orderId: order.id, to: 'cancelled', actor, reason: reason ?? 'Payment refunded' }));
    }
  }
  return { payment: updatedPayment!, order: updatedOrder! };
}
