import 'server-only';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { payments } from '@/db/schema';
import { lockOrder } from '@/lib/orders/lock-order';
import { applyRefundedAmount, lockPayment } from '../internal';
import { isCaptured } from '../payment-state';
import { stripeFor } from '../stripe/client';
import { loadStripeGateway } from '../stripe/gateway';
import { AUTO_REFUND_REASON } from './auto-refund-reason';
import { recordGatewayRefund } from './record-gateway-refund';
import { enqueue } from '@/lib/jobs/queue';
import { QUEUES } from '@/lib/jobs/queues';

/**
 * The 'stripe-auto-refund' job: a card payment of a cancelled order (paid after the expiry job
 * cancelled it, or cancelled by the shopper after paying) is
 * given back in full. Safe to run again: the idempotency key makes Stripe refund once, the
 * refund is recorded by its Stripe id, and a payment already refunded is left alone.
 */
export async function runAutoRefund({ organizationId: orgId, paymentId }: { organizationId: string; paymentId: string }) {
  return withOrg(orgId, async (tx) => {
    const [found] = await tx
      .select({ orderId: payments.orderId })
      .from(payments)
      .where(and(eq(payments.organizationId, orgId), eq(payments.id, paymentId)));
    if (!found) return { refunded: false, reason: 'payment not found' };
    const order = await lockOrder(tx, orgId, found.orderId);
    const payment = await lockPayment(tx, orgId, { orderId: found.orderId, paymentId });
    // Queued by a webhook transaction that has not committed yet: try again later.
    if (payment.status === 'pending') throw new Error(`Payment ${paymentId} is not completed yet`);
    const remaining = payment.amount - payment.refundedAmount;
    if (order.status !== 'cancelled' || !isCaptured(payment.status) || remaining <= 0 || !payment.gatewayTransactionId) {
      return { refunded: false, reason: 'nothing to refund' };
    }
    const gateway = await loadStripeGateway(tx, orgId);
    if (!gateway) throw new Error(`Organization ${orgId} has no Stripe keys to refund payment ${paymentId}`);
    const refund = await stripeFor(gateway.secretKey).refunds.create(
      { payment_intent: payment.gatewayTransactionId, amount: remaining, reason: 'requested_by_customer', metadata: { orderId: order.id, organizationId: orgId, reason: AUTO_REFUND_REASON } },
      { idempotencyKey: `auto-refund-${payment.id}` },
    );
    await recordGatewayRefund(tx, orgId, payment, {
      id: refund.id,
      amount: refund.amount,
      status: refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending',
      reason: AUTO_REFUND_REASON,
    });
    await applyRefundedAmount(tx, orgId, {
      order,
      payment,
      refundedAmount: Math.min(payment.amount, payment.refundedAmount + refund.amount),
      actor: { type: 'system', userId: null },
      reason: AUTO_REFUND_REASON,
    });
    return { refunded: true, refundId: refund.id };
  });
}

/** Queues the full refund of a cancelled order's card payment (the job re-checks before refunding). */
export function queueCancelledOrderRefund(orgId: string, paymentId: string) {
  return enqueue(
    QUEUES.stripeAutoRefund,
    { organizationId: orgId, paymentId },
    { startAfter: 5, retryLimit: 8, retryDelay: 30, retryBackoff: true, singletonKey: `auto-refund-${paymentId}` },
  );
}
