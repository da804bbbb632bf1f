import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, orders, orderStatusHistory, payments, refunds, stockLevels, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { setDeliverySettings } from '@/db/test/delivery-factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { stopBoss } from '@/lib/jobs/boss';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { startFakeStripe, type FakeStripeServer } from '../testing/fake-stripe-server';
import { connectTestStripe, refundObject, stripeEvent } from '../testing/stripe-fixtures';
import { handleStripeEvent } from '../webhooks/handle-stripe-event';
import { refundOrder } from './refund-payment';

let fake: FakeStripeServer;
let org: Organization;
let owner: User;
let secretKey: string;
let warehouseId: string;

beforeAll(async () => {
  fake = await startFakeStripe();
  ({ org, owner } = await createOrganization());
  // A store that ships by itself: its staff move orders out for delivery (no courier delivery is opened).
  await setDeliverySettings(org, { createOnPacked: false });
  ({ secretKey } = await connectTestStripe(org));
  warehouseId = (await createWarehouse(org, { isDefault: true })).id;
});
afterAll(async () => {
  await stopBoss();
  await fake.stop();
});

/** An order of 2 × 25.00 whose payment was received (a card one through the fake Stripe), now confirmed. */
async function paidOrder(method: 'card' | 'cod' | 'bank_transfer' = 'card') {
  const { product, variant } = await createProduct(org, { basePrice: 2500 });
  await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, 5);
  const { order, payment } = await createTestOrder(org, { lines: [{ product, variant, quantity: 2 }], paymentMethod: method });
  const intent = method === 'card' ? fake.addPaymentIntent({ amount: order.total, currency: 'usd', metadata: { orderId: order.id, organizationId: org.id } }) : null;
  await withOrg(org.id, async (tx) => {
    await tx.update(payments).set({ status: 'completed', processedAt: new Date(), gatewayTransactionId: intent?.id ?? null }).where(eq(payments.id, payment.id));
    await tx.update(orders).set({ paymentStatus: 'paid' }).where(eq(orders.id, order.id));
    await changeOrderStatus(tx, org.id, { orderId: order.id, to: 'confirmed', actor: { type: 'system', userId: null } });
  });
  return { order, payment, variant, intentId: intent?.id ?? null };
}

async function state(orderId: string) {
  return withOrg(org.id, async (tx) => ({
    order: (await tx.select().from(orders).where(eq(orders.id, orderId)))[0]!,
    payment: (await tx.select().from(payments).where(eq(payments.orderId, orderId)))[0]!,
    refunds: await tx.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(asc(refunds.createdAt)),
    history: await tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId)).orderBy(asc(orderStatusHistory.createdAt)),
  }));
}

const refund = async (user: User, input: { orderId: string; paymentId: string; amount: string; reason?: string }, o = org) =>
  refundOrder(await orgContextFor(user, o), { reason: 'Customer returned it', ...input });

describe('refundOrder', () => {
  it('refunds part of a card payment through Stripe, then the rest, and the order becomes refunded', async () => {
    const { order, payment, intentId } = await paidOrder('card');
    const result = await refund(owner, { orderId: order.id, paymentId: payment.id, amount: '10.50' });
    expect(result).toMatchObject({ amount: 1050, refundedTotal: 1050, paymentStatus: 'partially_refunded', orderStatus: 'confirmed' });

    const [call] = fake.requestsTo('POST', /^\/v1\/refunds$/).filter((r) => r.body.payment_intent === intentId);
    expect(call).toMatchObject({ apiKey: secretKey, body: { amount: '1050', metadata: { orderId: order.id, organizationId: org.id } } });
    expect(call!.idempotencyKey).toMatch(/^refund-rfq_/);

    let now = await state(order.id);
    expect(now.payment).toMatchObject({ status: 'partially_refunded', refundedAmount: 1050, refundReason: 'Customer returned it' });
    expect(now.order).toMatchObject({ status: 'confirmed', paymentStatus: 'partially_refunded', refundedTotal: 1050 });
    expect(now.refunds).toHaveLength(1);
    expect(now.refunds[0]).toMatchObject({ amount: 1050, status: 'succeeded', gatewayRefundId: result.gatewayRefundId, createdById: owner.id });

    await refund(owner, { orderId: order.id, paymentId: payment.id, amount: '39.50', reason: 'Rest of the order' });
    now = await state(order.id);
    expect(now.payment).toMatchObject({ status: 'refunded', refundedAmount: 5000 });
    expect(now.order).toMatchObject({ status: 'refunded', paymentStatus: 'refunded', refundedTotal: 5000 });
    expect(now.history.at(-1)).toMatchObject({ toStatus: 'refunded', actorType: 'staff', changedById: owner.id, reason: 'Rest of the order' });

    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, order.id), eq(auditLogs.action, 'order.refunded'))));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorUserId: owner.id, reason: 'Customer returned it' });
  });

  it('does not count the same refund twice when Stripe’s event for it arrives', async () => {
    const { order, payment, intentId } = await paidOrder('card');
    const { gatewayRefundId } = await refund(owner, { orderId: order.id, paymentId: payment.id, amount: '20' });
    await handleStripeEvent(org.id, stripeEvent('refund.created', refundObject(intentId!, 2000, { id: gatewayRefundId })));
    const now = await state(order.id);
    expect(now.refunds).toHaveLength(1);
    expect(now.payment).toMatchObject({ refundedAmount: 2000, status: 'partially_refunded' });
  });

  it('refuses more than is left, or an amount that is not money, naming the amount field', async () => {
    const { order, payment } = await paidOrder('card');
    await refund(owner, { orderId: order.id, paymentId: payment.id, amount: '45' });
    const before = await state(order.id);
    await expect(refund(owner, { orderId: order.id, paymentId: payment.id, amount: '5.01' })).rejects.toMatchObject({
      code: 'INVALID',
      message: 'You can refund at most $5.00.',
      fieldErrors: { amount: ['You can refund at most $5.00.'] },
    });
    for (const amount of ['1.005', '-1', '0', 'ten']) {
      await expect(refund(owner, { orderId: order.id, paymentId: payment.id, amount })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { amount: [expect.any(String)] } });
    }
    expect(await state(order.id)).toEqual(before);
  });

  it('never refunds more than was paid under concurrent requests', async () => {
    const { order, payment, intentId } = await paidOrder('card');
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => refund(owner, { orderId: order.id, paymentId: payment.id, amount: '20.00' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['INVALID', 'INVALID', 'INVALID', 'INVALID']);
    const now = await state(order.id);
    expect(now.payment.refundedAmount).toBe(4000);
    expect(now.refunds.reduce((s, r) => s + r.amount, 0)).toBe(4000);
    expect(fake.requestsTo('POST', /^\/v1\/refunds$/).filter((r) => r.body.payment_intent === intentId)).toHaveLength(2);
  });

  it('records a cash refund without Stripe, and a delivered order fully refunded becomes refunded', async () => {
    const { order, payment, variant } = await paidOrder('cod');
    await withOrg(org.id, async (tx) => {
      for (const to of ['processing', 'packed', 'out_for_delivery', 'delivered'] as const) await changeOrderStatus(tx, org.id, { orderId: order.id, to, actor: { type: 'staff', userId: owner.id } });
    });
    const stripeCalls = fake.requests.length;
    await refund(owner, { orderId: order.id, paymentId: payment.id, amount: '50' });
    expect(fake.requests.length).toBe(stripeCalls);
    const now = await state(order.id);
    expect(now.refunds[0]).toMatchObject({ amount: 5000, status: 'succeeded', gatewayRefundId: null });
    expect(now.order).toMatchObject({ status: 'refunded', paymentStatus: 'refunded' });
    // Delivered goods were fulfilled: the refund does not put them back on the shelf.
    const [level] = await withOrg(org.id, (tx) => tx.select().from(stockLevels).where(eq(stockLevels.variantId, variant.id)));
    expect(level).toMatchObject({ quantity: 3, reserved: 0 });
  });

  it('refuses a payment that was not received, and leaves the order alone when Stripe refuses', async () => {
    const { product, variant } = await createProduct(org, { basePrice: 1000 });
    await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, 5);
    const { order, payment } = await createTestOrder(org, { lines: [{ product, variant, quantity: 1 }], paymentMethod: 'cod' });
    await expect(refund(owner, { orderId: order.id, paymentId: payment.id, amount: '1' })).rejects.toMatchObject({ code: 'CONFLICT' });

    const paid = await paidOrder('card');
    const before = await state(paid.order.id);
    fake.failNext('POST', /^\/v1\/refunds$/, 402, 'Insufficient funds in the Stripe balance.');
    await expect(refund(owner, { orderId: paid.order.id, paymentId: paid.payment.id, amount: '5' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Stripe refused the refund') });
    expect(await state(paid.order.id)).toEqual(before);
  });

  it('is refused to staff without orders.refund', async () => {
    const { order, payment } = await paidOrder('cod');
    const staff = await addMember(org, 'staff');
    await expect(refund(staff, { orderId: order.id, paymentId: payment.id, amount: '1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('cannot refund another organization’s payment', async () => {
    const { order, payment } = await paidOrder('card');
    const before = await state(order.id);
    const { org: other, owner: otherOwner } = await createOrganization();
    await connectTestStripe(other);
    await expect(refund(otherOwner, { orderId: order.id, paymentId: payment.id, amount: '1' }, other)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await state(order.id)).toEqual(before);
  });
});
