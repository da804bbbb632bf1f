import { and, eq } from 'drizzle-orm';
import { orders, payments } from '@/db/schema';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { paymentCanMoveTo } from '../payment-state';
import { queueCancelledOrderRefund } from '../refunds/auto-refund';
import { AUTO_REFUND_REASON } from '../refunds/auto-refund-reason';
import { gatewaySummary, SYSTEM, type StripeEventContext } from './event-context';

const UNPAID = ['unpaid', 'pending', 'failed', 'voided'] as const;

/**
 * The shopper paid (checkout.session.completed with payment_status paid, payment_intent.succeeded;
 * both arrive for one payment). The payment is completed once; a pending order is confirmed
 * once (the order row is locked and re-read, so the second event finds it confirmed). A
 * payment for an order that was cancelled meanwhile (the expiry job ran first) keeps the order
 * cancelled and queues a full refund.
 */
export async function onPaymentSucceeded(ctx: StripeEventContext) {
  const { tx, orgId, order, payment, refs } = ctx;
  const now = new Date();
  const paidAfterCancel = order.status === 'cancelled';
  await tx
    .update(payments)
    .set({
      ...(paymentCanMoveTo(payment.status, 'completed') ? { status: 'completed' as const, processedAt: now } : {}),
      gatewayTransactionId: payment.gatewayTransactionId ?? refs.paymentIntentId,
      gatewayResponse: gatewaySummary(ctx, paidAfterCancel ? { paidAfterCancellation: true, note: 'Paid after the order was cancelled: refunded automatically.' } : {}),
      updatedAt: now,
    })
    .where(and(eq(payments.organizationId, orgId), eq(payments.id, payment.id)));

  if ((UNPAID as readonly string[]).includes(order.paymentStatus)) {
    await tx.update(orders).set({ paymentStatus: 'paid', updatedAt: now }).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id)));
  }
  const fullyRefunded = order.paymentStatus === 'refunded' || payment.status === 'refunded';
  if (order.status === 'pending' && !fullyRefunded) {
    await changeOrderStatus(tx, orgId, { orderId: order.id, to: 'confirmed', actor: SYSTEM, reason: 'Payment received' });
  }
  if (paidAfterCancel && payment.refundedAmount < payment.amount) {
    // Queued inside this transaction: if it rolls back, the job finds nothing to refund and
    // ends; if the queue is down, the webhook fails and Stripe delivers it again.
    await queueCancelledOrderRefund(orgId, payment.id);
    return { autoRefund: true, reason: AUTO_REFUND_REASON };
  }
  return { autoRefund: false };
}
