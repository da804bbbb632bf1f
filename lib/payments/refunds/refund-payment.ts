import 'server-only';
import { refunds } from '@/db/schema';
import { newId } from '@/lib/ids';
import { recordAudit } from '@/lib/audit/record-audit';
import { formatMoney, parseDecimalAmount, toDecimalString } from '@/lib/money/money';
import { lockOrder } from '@/lib/orders/lock-order';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict, invalid } from '@/lib/server/errors';
import { applyRefundedAmount, lockPayment } from '../internal';
import { isCaptured } from '../payment-state';
import { stripeFor } from '../stripe/client';
import { loadStripeGateway } from '../stripe/gateway';
import { recordGatewayRefund } from './record-gateway-refund';
import type { RefundOrderInput } from './schemas';

const stripeStatus = (s: string | null) => (s === 'succeeded' ? 'succeeded' : s === 'failed' || s === 'canceled' ? 'failed' : 'pending') as 'succeeded' | 'failed' | 'pending';

/**
 * Gives money back on a received payment, in full or in part. The order and payment rows are
 * locked first, so two refunds at once are checked one after the other against what is left
 * and can never add up to more than was paid. Card payments are refunded through Stripe on
 * the organization's account inside that transaction (one idempotency key per request); cash
 * and transfer refunds are recorded as done. Fully refunded, the order moves to refunded when
 * its state allows it.
 */
export async function refundOrder(ctx: OrgContext, input: RefundOrderInput) {
  requirePermission(ctx, 'orders.refund');
  const orgId = ctx.org.id;
  const requestId = newId('rfq');
  return ctx.tx(async (tx) => {
    const order = await lockOrder(tx, orgId, input.orderId);
    const payment = await lockPayment(tx, orgId, input);
    const amount = parseDecimalAmount(input.amount, payment.currency);
    if (amount === null || amount <= 0) throw invalid('Please correct the highlighted fields.', { amount: [`Enter an amount like ${toDecimalString(1250, payment.currency)}.`] });
    if (!isCaptured(payment.status)) throw conflict('This payment has not been received, so there is nothing to refund.');
    const refundable = payment.amount - payment.refundedAmount;
    if (refundable <= 0) throw conflict('This payment has already been refunded in full.', { amount: ['Nothing is left to refund.'] });
    if (amount > refundable) {
      const message = `You can refund at most ${formatMoney(refundable, payment.currency)}.`;
      throw invalid(message, { amount: [message] });
    }

    let gatewayRefundId: string | null = null;
    if (payment.method === 'card') {
      if (!payment.gatewayTransactionId) throw conflict('This card payment has no Stripe payment to refund.');
      const gateway = await loadStripeGateway(tx, orgId);
      if (!gateway) throw conflict('Connect your Stripe account again (Settings → Payments) to refund card payments.');
      const refund = await stripeFor(gateway.secretKey)
        .refunds.create(
          { payment_intent: payment.gatewayTransactionId, amount, reason: 'requested_by_customer', metadata: { orderId: order.id, organizationId: orgId, reason: input.reason } },
          { idempotencyKey: `refund-${requestId}` },
        )
        .catch((e: unknown) => {
          throw conflict(`Stripe refused the refund: ${e instanceof Error ? e.message : String(e)}`);
        });
      gatewayRefundId = refund.id;
      await recordGatewayRefund(tx, orgId, payment, { id: refund.id, amount: refund.amount, status: stripeStatus(refund.status), reason: input.reason }, ctx.actor.userId);
    } else {
      await tx.insert(refunds).values({
        organizationId: orgId,
        paymentId: payment.id,
        orderId: order.id,
        amount,
        currency: payment.currency,
        reason: input.reason,
        status: 'succeeded',
        createdById: ctx.actor.userId,
        processedAt: new Date(),
      });
    }

    const result = await applyRefundedAmount(tx, orgId, {
      order,
      payment,
      refundedAmount: payment.refundedAmount + amount,
      actor: { type: 'staff', userId: ctx.actor.userId },
      reason: input.reason,
    });
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'order.refunded',
      entityType: 'order',
      entityId: order.id,
      oldValues: { refundedTotal: order.refundedTotal, paymentStatus: order.paymentStatus, status: order.status },
      newValues: {
        paymentId: payment.id,
        method: payment.method,
        amount,
        currency: payment.currency,
        gatewayRefundId,
        refundedTotal: result.order.refundedTotal,
        paymentStatus: result.order.paymentStatus,
        status: result.order.status,
      },
      reason: input.reason,
    });
    return { amount, refundedTotal: result.order.refundedTotal, paymentStatus: result.order.paymentStatus, orderStatus: result.order.status, gatewayRefundId };
  });
}
