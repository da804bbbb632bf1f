import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { withOrg } from '@/db/scope';
import { checkoutSettings, orders, paymentGateways, payments, type Organization } from '@/db/schema';
import { seal } from '@/lib/crypto/secret-box';

/** Test helpers: a connected Stripe account, Stripe-shaped events, and signed webhook requests. */
const hex = (n = 12) => randomBytes(n).toString('hex');

export async function connectTestStripe(org: Organization, { cardEnabled = true } = {}) {
  const secretKey = `sk_test_${hex()}`;
  const webhookSecret = `whsec_${hex(16)}`;
  await withOrg(org.id, async (tx) => {
    await tx.insert(paymentGateways).values({
      organizationId: org.id,
      provider: 'stripe',
      publishableKey: `pk_test_${hex()}`,
      secretKeyEncrypted: seal(secretKey),
      webhookSecretEncrypted: seal(webhookSecret),
      secretKeyHint: secretKey.slice(-4),
      mode: 'test',
    });
    if (cardEnabled) {
      await tx
        .insert(checkoutSettings)
        .values({ organizationId: org.id, cardEnabled: true })
        .onConflictDoUpdate({ target: checkoutSettings.organizationId, set: { cardEnabled: true } });
    }
  });
  return { secretKey, webhookSecret };
}

export function stripeEvent(type: string, object: Record<string, unknown>, id = `evt_test_${hex()}`): Stripe.Event {
  return {
    id,
    object: 'event',
    type,
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  } as unknown as Stripe.Event;
}

type Ref = { orderId: string; organizationId: string };

export const sessionObject = (ref: Ref, over: Record<string, unknown> = {}) => ({
  id: `cs_test_${hex()}`,
  object: 'checkout.session',
  mode: 'payment',
  status: 'complete',
  payment_status: 'paid',
  client_reference_id: ref.orderId,
  metadata: { ...ref },
  payment_intent: `pi_test_${hex()}`,
  amount_total: 0,
  currency: 'usd',
  ...over,
});

export const paymentIntentObject = (ref: Ref | null, over: Record<string, unknown> = {}) => ({
  id: `pi_test_${hex()}`,
  object: 'payment_intent',
  status: 'succeeded',
  amount: 0,
  amount_received: 0,
  currency: 'usd',
  metadata: ref ? { ...ref } : {},
  last_payment_error: null,
  ...over,
});

export const refundObject = (paymentIntentId: string, amount: number, over: Record<string, unknown> = {}) => ({
  id: `re_test_${hex()}`,
  object: 'refund',
  amount,
  currency: 'usd',
  status: 'succeeded',
  payment_intent: paymentIntentId,
  charge: `ch_test_${hex()}`,
  metadata: {},
  reason: null,
  ...over,
});

export const chargeObject = (paymentIntentId: string, amount: number, amountRefunded: number, refunds: Record<string, unknown>[] = [], over: Record<string, unknown> = {}) => ({
  id: `ch_test_${hex()}`,
  object: 'charge',
  amount,
  amount_refunded: amountRefunded,
  currency: 'usd',
  payment_intent: paymentIntentId,
  metadata: {},
  refunded: amountRefunded >= amount,
  refunds: { object: 'list', data: refunds, has_more: false },
  ...over,
});

/** A POST to the org's webhook URL, signed like Stripe signs it (or with the given header). */
export function signedWebhookRequest(orgId: string, event: Stripe.Event, secret: string, header?: string | null): Request {
  const payload = JSON.stringify(event);
  const signature = header === undefined ? Stripe.webhooks.generateTestHeaderString({ payload, secret }) : header;
  return new Request(`http://localhost:3000/api/webhooks/stripe/${orgId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
}

/** Marks a test order's card payment as started on a Stripe session (as startCardPayment would). */
export async function attachSession(orgId: string, paymentId: string, sessionId: string, paymentIntentId: string | null = null) {
  await withOrg(orgId, (tx) =>
    tx
      .update(payments)
      .set({ gatewaySessionId: sessionId, gatewayTransactionId: paymentIntentId })
      .where(and(eq(payments.organizationId, orgId), eq(payments.id, paymentId))),
  );
}

export async function setPaymentDue(orgId: string, orderId: string, paymentDueAt: Date) {
  await withOrg(orgId, (tx) => tx.update(orders).set({ paymentDueAt }).where(and(eq(orders.organizationId, orgId), eq(orders.id, orderId))));
}
