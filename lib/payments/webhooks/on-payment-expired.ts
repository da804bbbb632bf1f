import { and, eq } from 'drizzle-orm';
import { payments } from '@/db/schema';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { isCaptured, paymentCanMoveTo } from '../payment-state';
import { gatewaySummary, SYSTEM, type StripeEventContext } from './event-context';

export const PAYMENT_NOT_COMPLETED = 'Payment not completed';

/**
 * The Checkout Session expired or the PaymentIntent was cancelled: a still-pending, unpaid
 * order is cancelled, which releases its stock. Only for the payment's current session or
 * intent: a session replaced by a newer one (the shopper came back) expiring changes nothing.
 */
export async function onPaymentExpired(ctx: StripeEventContext) {
  const { tx, orgId, order, payment, refs } = ctx;
  if (refs.sessionId && payment.gatewaySessionId && refs.sessionId !== payment.gatewaySessionId) return;
  if (!refs.sessionId && refs.paymentIntentId && payment.gatewayTransactionId && refs.paymentIntentId !== payment.gatewayTransactionId) return;
  if (isCaptured(payment.status) || order.status !== 'pending') return;
  if (!['pending', 'failed', 'unpaid'].includes(order.paymentStatus)) return;
  await tx
    .update(payments)
    .set({
      ...(paymentCanMoveTo(payment.status, 'cancelled') ? { status: 'cancelled' as const } : {}),
      gatewayResponse: gatewaySummary(ctx),
      updatedAt: new Date(),
    })
    .where(and(eq(payments.organizationId, orgId), eq(payments.id, payment.id)));
  await changeOrderStatus(tx, orgId, { orderId: order.id, to: 'cancelled', actor: SYSTEM, reason: PAYMENT_NOT_COMPLETED });
}
