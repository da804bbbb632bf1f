import { and, eq } from 'drizzle-orm';
import { orders, payments } from '@/db/schema';
import { paymentCanMoveTo } from '../payment-state';
import { gatewaySummary, type StripeEventContext } from './event-context';

/**
 * A card attempt failed. The order stays pending (and its stock held) so the shopper can try
 * again until the payment window ends; a late failure report never undoes a success.
 */
export async function onPaymentFailed(ctx: StripeEventContext) {
  const { tx, orgId, order, payment } = ctx;
  const now = new Date();
  if (!paymentCanMoveTo(payment.status, 'failed')) return;
  await tx
    .update(payments)
    .set({ status: 'failed', gatewayResponse: gatewaySummary(ctx), updatedAt: now })
    .where(and(eq(payments.organizationId, orgId), eq(payments.id, payment.id)));
  if (order.paymentStatus === 'pending') {
    await tx.update(orders).set({ paymentStatus: 'failed', updatedAt: now }).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id)));
  }
}
