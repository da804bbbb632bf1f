import { and, eq } from 'drizzle-orm';
import { payments } from '@/db/schema';
import { applyRefundedAmount } from '../internal';
import { isCaptured } from '../payment-state';
import { recordGatewayRefund, refundedSoFar } from '../refunds/record-gateway-refund';
import { gatewaySummary, SYSTEM, type StripeEventContext } from './event-context';

/**
 * Money given back (charge.refunded, refund.*), also for refunds made in Stripe's own
 * dashboard. Refunds are recorded by their Stripe id, so the dashboard's refund and its
 * events never count twice; the refunded amount only grows. A refund reported before the
 * success means the payment was captured: it is completed and refunded at once, and the
 * late success changes nothing any more.
 */
export async function onRefund(ctx: StripeEventContext) {
  const { tx, orgId, order, payment, refs } = ctx;
  for (const refund of refs.refunds) {
    await recordGatewayRefund(tx, orgId, payment, { ...refund, reason: refund.reason ?? 'Refunded in Stripe' });
  }
  const reported = Math.max(payment.refundedAmount, refs.amountRefunded ?? 0, await refundedSoFar(tx, orgId, payment.id));
  const refundedAmount = Math.min(reported, payment.amount);
  const failed = refs.refunds.filter((r) => r.status === 'failed').map((r) => r.id);

  const captured = isCaptured(payment.status);
  const summary = gatewaySummary(ctx, {
    ...(captured ? {} : { capturedBeforeSuccessEvent: true }),
    ...(failed.length ? { failedRefunds: [...new Set([...(((payment.gatewayResponse ?? {}).failedRefunds as string[] | undefined) ?? []), ...failed])] } : {}),
  });
  const [current] = await tx
    .update(payments)
    .set({ gatewayTransactionId: payment.gatewayTransactionId ?? refs.paymentIntentId, gatewayResponse: summary, updatedAt: new Date() })
    .where(and(eq(payments.organizationId, orgId), eq(payments.id, payment.id)))
    .returning();
  if (refundedAmount === payment.refundedAmount && captured) return;
  if (refundedAmount === 0) return;
  const reason = refs.refunds.find((r) => r.reason)?.reason ?? 'Refunded in Stripe';
  await applyRefundedAmount(tx, orgId, { order, payment: current!, refundedAmount, actor: SYSTEM, reason });
}
