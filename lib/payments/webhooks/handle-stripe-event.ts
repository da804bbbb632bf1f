import 'server-only';
import { and, desc, eq, or } from 'drizzle-orm';
import type Stripe from 'stripe';
import { withOrg } from '@/db/scope';
import { orders, payments, processedWebhookEvents } from '@/db/schema';
import { lockOrder } from '@/lib/orders/lock-order';
import { stripeFor } from '../stripe/client';
import { loadStripeGateway } from '../stripe/gateway';
import { onPaymentExpired } from './on-payment-expired';
import { onPaymentFailed } from './on-payment-failed';
import { onPaymentSucceeded } from './on-payment-succeeded';
import { onRefund } from './on-refund';
import { stripeEventRefs, type StripeEventRefs } from './stripe-event';

export type StripeEventOutcome = { status: 'processed' | 'duplicate' | 'ignored'; reason?: string };

/**
 * Which order an event is about: our metadata on the session / intent, else the payment row
 * that already knows the intent or session, else (a refund or charge event, which carries no
 * metadata of ours) the intent's metadata as Stripe has it.
 */
async function findOrderId(orgId: string, refs: StripeEventRefs): Promise<string | null> {
  if (refs.orderId) return refs.orderId;
  const known = [
    refs.paymentIntentId ? eq(payments.gatewayTransactionId, refs.paymentIntentId) : undefined,
    refs.sessionId ? eq(payments.gatewaySessionId, refs.sessionId) : undefined,
  ].filter((c) => c !== undefined);
  if (known.length === 0) return null;
  const { row, gateway } = await withOrg(orgId, async (tx) => {
    const [row] = await tx.select({ orderId: payments.orderId }).from(payments).where(and(eq(payments.organizationId, orgId), or(...known)));
    return { row, gateway: row || !refs.paymentIntentId ? null : await loadStripeGateway(tx, orgId) };
  });
  if (row) return row.orderId;
  if (!gateway || !refs.paymentIntentId) return null;
  const intent = await stripeFor(gateway.secretKey).paymentIntents.retrieve(refs.paymentIntentId);
  if (intent.metadata?.organizationId && intent.metadata.organizationId !== orgId) return null;
  return intent.metadata?.orderId ?? null;
}

/**
 * One verified Stripe event for one organization, in ONE transaction whose first write is the
 * event id: a redelivered event conflicts there and changes nothing. The order row is locked
 * before the payment row (the lock order of every order change), so concurrent events for the
 * same order run one after the other and each sees what the previous one did.
 */
export async function handleStripeEvent(orgId: string, event: Stripe.Event): Promise<StripeEventOutcome> {
  const refs = stripeEventRefs(event);
  if (!refs) return { status: 'ignored', reason: `${event.type} is not used` };
  if (refs.organizationId && refs.organizationId !== orgId) return { status: 'ignored', reason: 'for another organization' };
  const orderId = await findOrderId(orgId, refs);
  if (!orderId) return { status: 'ignored', reason: 'not a payment of this platform' };

  return withOrg(orgId, async (tx) => {
    const fresh = await tx
      .insert(processedWebhookEvents)
      .values({ organizationId: orgId, provider: 'stripe', eventId: event.id, eventType: event.type })
      .onConflictDoNothing()
      .returning({ id: processedWebhookEvents.id });
    if (fresh.length === 0) return { status: 'duplicate' as const };

    const [exists] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.organizationId, orgId), eq(orders.id, orderId)));
    if (!exists) return { status: 'ignored' as const, reason: 'unknown order' };
    const order = await lockOrder(tx, orgId, orderId);
    const [payment] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.organizationId, orgId), eq(payments.orderId, orderId), eq(payments.method, 'card')))
      .orderBy(desc(payments.createdAt))
      .limit(1)
      .for('update');
    if (!payment) return { status: 'ignored' as const, reason: 'the order has no card payment' };

    const ctx = { tx, orgId, order, payment, refs, event: { id: event.id, type: event.type, created: event.created } };
    if (refs.kind === 'succeeded') await onPaymentSucceeded(ctx);
    else if (refs.kind === 'failed') await onPaymentFailed(ctx);
    else if (refs.kind === 'expired') await onPaymentExpired(ctx);
    else await onRefund(ctx);
    return { status: 'processed' as const };
  });
}
