import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { orders, orderStatusHistory, payments, processedWebhookEvents, refunds, stockLevels, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { stopBoss } from '@/lib/jobs/boss';
import { runQueuedJobs } from '@/lib/jobs/testing';
import { startFakeStripe, type FakeStripeServer } from '@/lib/payments/testing/fake-stripe-server';
import {
  attachSession,
  chargeObject,
  connectTestStripe,
  paymentIntentObject,
  refundObject,
  sessionObject,
  signedWebhookRequest,
  stripeEvent,
} from '@/lib/payments/testing/stripe-fixtures';
import type Stripe from 'stripe';
import { POST } from './route';

let fake: FakeStripeServer;
let org: Organization;
let other: Organization;
let secret: string;
let otherSecret: string;
let warehouseId: string;

beforeAll(async () => {
  fake = await startFakeStripe();
  ({ org } = await createOrganization());
  ({ org: other } = await createOrganization());
  ({ webhookSecret: secret } = await connectTestStripe(org));
  ({ webhookSecret: otherSecret } = await connectTestStripe(other));
  warehouseId = (await createWarehouse(org, { isDefault: true })).id;
});
afterAll(async () => {
  await stopBoss();
  await fake.stop();
});

/** A placed card order (2 units held) whose payment is on a Stripe session. */
async function cardOrder() {
  const { product, variant } = await createProduct(org, { basePrice: 2500 });
  await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, 5);
  const { order, payment } = await createTestOrder(org, { lines: [{ product, variant, quantity: 2 }], paymentMethod: 'card' });
  const sessionId = `cs_test_${order.id}`;
  await attachSession(org.id, payment.id, sessionId);
  const ref = { orderId: order.id, organizationId: org.id };
  return { order, payment, variant, sessionId, ref };
}

const post = (event: Stripe.Event, orgId = org.id, key = secret, header?: string | null) =>
  POST(signedWebhookRequest(orgId, event, key, header), { params: Promise.resolve({ org: orgId }) });

async function state(orderId: string, variantId: string) {
  return withOrg(org.id, async (tx) => ({
    order: (await tx.select().from(orders).where(eq(orders.id, orderId)))[0]!,
    payments: await tx.select().from(payments).where(eq(payments.orderId, orderId)),
    refunds: await tx.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(asc(refunds.createdAt)),
    history: await tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId)).orderBy(asc(orderStatusHistory.createdAt)),
    stock: (await tx.select().from(stockLevels).where(and(eq(stockLevels.variantId, variantId))))[0]!,
  }));
}

const processedEvents = () => withOrg(org.id, (tx) => tx.select().from(processedWebhookEvents));

describe('POST /api/webhooks/stripe/[org]', () => {
  it('completes the payment and confirms the order once; a replay changes nothing', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    const event = stripeEvent('checkout.session.completed', sessionObject(ref, { id: sessionId, payment_intent: 'pi_test_paid_1', amount_total: order.total }));

    const res = await post(event);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: true, status: 'processed' });

    const after = await state(order.id, variant.id);
    expect(after.order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(after.payments[0]).toMatchObject({ status: 'completed', gatewayTransactionId: 'pi_test_paid_1', gatewaySessionId: sessionId });
    expect(after.payments[0]!.processedAt).toBeInstanceOf(Date);
    expect(after.payments[0]!.gatewayResponse).toMatchObject({ lastEvent: { id: event.id, type: 'checkout.session.completed' }, amountReceived: order.total });
    expect(after.history.map((h) => [h.toStatus, h.actorType])).toEqual([
      ['pending', 'customer'],
      ['confirmed', 'system'],
    ]);

    const replay = await post(event);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ status: 'duplicate' });
    expect(await state(order.id, variant.id)).toEqual(after);
  });

  it('confirms exactly once when both the session and the payment intent report success', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    await post(stripeEvent('checkout.session.completed', sessionObject(ref, { id: sessionId, payment_intent: 'pi_test_twice' })));
    const res = await post(stripeEvent('payment_intent.succeeded', paymentIntentObject(ref, { id: 'pi_test_twice', amount: order.total, amount_received: order.total })));
    expect(res.status).toBe(200);
    const after = await state(order.id, variant.id);
    expect(after.history.filter((h) => h.toStatus === 'confirmed')).toHaveLength(1);
    expect(after.payments[0]).toMatchObject({ status: 'completed', gatewayTransactionId: 'pi_test_twice' });
  });

  it('answers 400 to a bad, missing or another organization’s signature, and changes nothing', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    const before = await state(order.id, variant.id);
    const eventsBefore = (await processedEvents()).length;
    const event = stripeEvent('checkout.session.completed', sessionObject(ref, { id: sessionId }));

    const forged = await post(event, org.id, 'whsec_not_the_right_secret_0000');
    expect(forged.status).toBe(400);
    expect(await forged.json()).toEqual({ error: 'Invalid signature.' });
    expect((await post(event, org.id, secret, null)).status).toBe(400);
    expect((await post(event, org.id, secret, 't=1,v1=deadbeef')).status).toBe(400);
    // Signed with org B's own secret, sent to org A's address.
    expect((await post(event, org.id, otherSecret)).status).toBe(400);

    expect(await state(order.id, variant.id)).toEqual(before);
    expect(await processedEvents()).toHaveLength(eventsBefore);
  });

  it('answers 200 to event types it does not use and 404 to an organization without Stripe', async () => {
    const res = await post(stripeEvent('customer.created', { id: 'cus_test_1', object: 'customer' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ignored' });

    const { org: noStripe } = await createOrganization();
    expect((await post(stripeEvent('customer.created', { id: 'cus_test_2', object: 'customer' }), noStripe.id)).status).toBe(404);
    expect((await post(stripeEvent('customer.created', { id: 'cus_test_3', object: 'customer' }), 'org_doesnotexist000000000000')).status).toBe(404);
  });

  it('ignores an event whose metadata names another organization', async () => {
    const { order, variant, sessionId } = await cardOrder();
    const before = await state(order.id, variant.id);
    const res = await post(stripeEvent('checkout.session.completed', sessionObject({ orderId: order.id, organizationId: other.id }, { id: sessionId })));
    expect(await res.json()).toMatchObject({ status: 'ignored' });
    expect(await state(order.id, variant.id)).toEqual(before);
  });

  it('keeps the order pending after a failed attempt, and a late failure never undoes a success', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    const pi = 'pi_test_retry';
    await post(stripeEvent('payment_intent.payment_failed', paymentIntentObject(ref, { id: pi, status: 'requires_payment_method', last_payment_error: { message: 'Your card was declined.' } })));
    let now = await state(order.id, variant.id);
    expect(now.order).toMatchObject({ status: 'pending', paymentStatus: 'failed' });
    expect(now.payments[0]).toMatchObject({ status: 'failed' });
    expect(now.payments[0]!.gatewayResponse).toMatchObject({ failureMessage: 'Your card was declined.' });
    expect(now.stock).toMatchObject({ reserved: 2 });

    await post(stripeEvent('checkout.session.completed', sessionObject(ref, { id: sessionId, payment_intent: pi })));
    await post(stripeEvent('payment_intent.payment_failed', paymentIntentObject(ref, { id: pi, status: 'requires_payment_method' })));
    now = await state(order.id, variant.id);
    expect(now.order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(now.payments[0]).toMatchObject({ status: 'completed' });
  });

  it('cancels a pending unpaid order when its session expires, releasing the stock', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    // An older session of the same order expiring changes nothing.
    await post(stripeEvent('checkout.session.expired', sessionObject(ref, { id: 'cs_test_replaced', status: 'expired', payment_status: 'unpaid', payment_intent: null })));
    expect((await state(order.id, variant.id)).order.status).toBe('pending');

    await post(stripeEvent('checkout.session.expired', sessionObject(ref, { id: sessionId, status: 'expired', payment_status: 'unpaid', payment_intent: null })));
    const after = await state(order.id, variant.id);
    expect(after.order).toMatchObject({ status: 'cancelled', paymentStatus: 'voided', cancellationReason: 'Payment not completed' });
    expect(after.payments[0]).toMatchObject({ status: 'cancelled' });
    expect(after.stock).toMatchObject({ quantity: 5, reserved: 0 });
  });

  it('a success after the order was cancelled keeps it cancelled, marks it paid and refunds it in full automatically', async () => {
    const { order, payment, variant, sessionId, ref } = await cardOrder();
    await post(stripeEvent('checkout.session.expired', sessionObject(ref, { id: sessionId, status: 'expired', payment_status: 'unpaid', payment_intent: null })));
    const intent = fake.addPaymentIntent({ amount: order.total, currency: 'usd', metadata: ref });

    const res = await post(stripeEvent('payment_intent.succeeded', paymentIntentObject(ref, { id: intent.id, amount: order.total, amount_received: order.total })));
    expect(res.status).toBe(200);
    let now = await state(order.id, variant.id);
    expect(now.order).toMatchObject({ status: 'cancelled', paymentStatus: 'paid' });
    expect(now.payments[0]).toMatchObject({ status: 'completed', gatewayTransactionId: intent.id });
    expect(now.payments[0]!.gatewayResponse).toMatchObject({ paidAfterCancellation: true });
    expect(now.history.filter((h) => h.toStatus === 'confirmed')).toHaveLength(0);

    const jobs = await runQueuedJobs('stripe-auto-refund');
    expect(jobs.map((j) => j.data)).toEqual([{ organizationId: org.id, paymentId: payment.id }]);
    const sent = fake.requestsTo('POST', /^\/v1\/refunds$/).filter((r) => r.body.payment_intent === intent.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ idempotencyKey: `auto-refund-${payment.id}`, body: { amount: String(order.total) } });

    now = await state(order.id, variant.id);
    expect(now.order).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded', refundedTotal: order.total });
    expect(now.payments[0]).toMatchObject({ status: 'refunded', refundedAmount: order.total });
    expect(now.refunds).toHaveLength(1);
    expect(now.refunds[0]).toMatchObject({ amount: order.total, status: 'succeeded', reason: 'Order cancelled: paid amount returned in full' });

    // Stripe's own refund events for that refund do not count it twice.
    const refundId = now.refunds[0]!.gatewayRefundId!;
    await post(stripeEvent('refund.created', refundObject(intent.id, order.total, { id: refundId })));
    await post(stripeEvent('charge.refunded', chargeObject(intent.id, order.total, order.total, [refundObject(intent.id, order.total, { id: refundId })])));
    const final = await state(order.id, variant.id);
    expect(final.refunds).toHaveLength(1);
    expect(final.payments[0]).toMatchObject({ status: 'refunded', refundedAmount: order.total });
  });

  it('a full refund reported before the success completes and refunds the payment, and the late success changes nothing', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    // The refund event carries no metadata of ours: the order is found through the intent's metadata at Stripe.
    const intent = fake.addPaymentIntent({ amount: order.total, currency: 'usd', metadata: ref });
    const res = await post(stripeEvent('refund.created', refundObject(intent.id, order.total)));
    expect(await res.json()).toMatchObject({ status: 'processed' });

    let now = await state(order.id, variant.id);
    expect(now.payments[0]).toMatchObject({ status: 'refunded', refundedAmount: order.total, gatewayTransactionId: intent.id });
    expect(now.payments[0]!.processedAt).toBeInstanceOf(Date);
    expect(now.order).toMatchObject({ paymentStatus: 'refunded', refundedTotal: order.total, status: 'cancelled' });
    expect(now.stock).toMatchObject({ reserved: 0 });

    await post(stripeEvent('checkout.session.completed', sessionObject(ref, { id: sessionId, payment_intent: intent.id })));
    await post(stripeEvent('payment_intent.succeeded', paymentIntentObject(ref, { id: intent.id })));
    now = await state(order.id, variant.id);
    expect(now.payments[0]).toMatchObject({ status: 'refunded', refundedAmount: order.total });
    expect(now.order).toMatchObject({ paymentStatus: 'refunded', status: 'cancelled' });
    expect(await runQueuedJobs('stripe-auto-refund')).toHaveLength(0);
  });

  it('a partial refund before the success leaves the order to be confirmed by the success', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    const pi = 'pi_test_partial_first';
    await post(stripeEvent('charge.refunded', chargeObject(pi, order.total, 1000, [], { metadata: ref })));
    let now = await state(order.id, variant.id);
    expect(now.payments[0]).toMatchObject({ status: 'partially_refunded', refundedAmount: 1000 });
    expect(now.order).toMatchObject({ status: 'pending', paymentStatus: 'partially_refunded', refundedTotal: 1000 });

    await post(stripeEvent('checkout.session.completed', sessionObject(ref, { id: sessionId, payment_intent: pi })));
    now = await state(order.id, variant.id);
    expect(now.order).toMatchObject({ status: 'confirmed', paymentStatus: 'partially_refunded' });
    expect(now.payments[0]).toMatchObject({ status: 'partially_refunded', refundedAmount: 1000 });
  });

  it('records refunds made in Stripe by their id, and the refunded amount only grows', async () => {
    const { order, variant, sessionId, ref } = await cardOrder();
    const pi = 'pi_test_refunds_in_stripe';
    await post(stripeEvent('checkout.session.completed', sessionObject(ref, { id: sessionId, payment_intent: pi })));
    const first = refundObject(pi, 1000);
    const second = refundObject(pi, order.total - 1000);
    await post(stripeEvent('charge.refunded', chargeObject(pi, order.total, 1000, [first])));
    await post(stripeEvent('refund.created', first));
    let now = await state(order.id, variant.id);
    expect(now.refunds.map((r) => [r.gatewayRefundId, r.amount])).toEqual([[first.id, 1000]]);
    expect(now.order).toMatchObject({ status: 'confirmed', paymentStatus: 'partially_refunded', refundedTotal: 1000 });

    // The later total arrives before the older one: the older one changes nothing.
    await post(stripeEvent('charge.refunded', chargeObject(pi, order.total, order.total, [first, second])));
    await post(stripeEvent('charge.refunded', chargeObject(pi, order.total, 1000, [first])));
    now = await state(order.id, variant.id);
    expect(now.refunds).toHaveLength(2);
    expect(now.payments[0]).toMatchObject({ status: 'refunded', refundedAmount: order.total });
    expect(now.order).toMatchObject({ status: 'refunded', paymentStatus: 'refunded', refundedTotal: order.total });
  });
});
