import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { orders, payments, refunds, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { stopBoss } from '@/lib/jobs/boss';
import { QUEUES } from '@/lib/jobs/queues';
import { runQueuedJobs } from '@/lib/jobs/testing';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { startFakeStripe, type FakeStripeServer } from '@/lib/payments/testing/fake-stripe-server';
import { connectTestStripe } from '@/lib/payments/testing/stripe-fixtures';
import { cancelShopperOrder } from './cancel-order';

let fake: FakeStripeServer;
let org: Organization;
let warehouseId: string;

beforeAll(async () => {
  fake = await startFakeStripe();
  ({ org } = await createOrganization());
  await connectTestStripe(org);
  warehouseId = (await createWarehouse(org, { isDefault: true })).id;
});
afterAll(async () => {
  await stopBoss();
  await fake.stop();
});

/** A confirmed order the shopper already paid by card (through the fake Stripe). */
async function paidCardOrder() {
  const { product, variant } = await createProduct(org, { basePrice: 3000 });
  await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, 5);
  const placed = await createTestOrder(org, { lines: [{ product, variant, quantity: 1 }], paymentMethod: 'card' });
  const intent = fake.addPaymentIntent({ amount: placed.order.total, currency: 'usd', metadata: { orderId: placed.order.id, organizationId: org.id } });
  await withOrg(org.id, async (tx) => {
    await tx.update(payments).set({ status: 'completed', processedAt: new Date(), gatewayTransactionId: intent.id }).where(eq(payments.id, placed.payment.id));
    await tx.update(orders).set({ paymentStatus: 'paid' }).where(eq(orders.id, placed.order.id));
    await changeOrderStatus(tx, org.id, { orderId: placed.order.id, to: 'confirmed', actor: { type: 'system', userId: null } });
  });
  return placed;
}

describe('a shopper cancels an order they paid by card', () => {
  it('is refunded in full through Stripe without waiting for the store', async () => {
    const { order, accessToken } = await paidCardOrder();
    const ctx = { org, user: null, tx: <T,>(fn: Parameters<typeof withOrg<T>>[1]) => withOrg(org.id, fn) };
    await cancelShopperOrder(ctx, { access: { token: accessToken }, reason: 'Changed my mind' });

    const ran = await runQueuedJobs(QUEUES.stripeAutoRefund);
    expect(ran).toHaveLength(1);
    const after = await withOrg(org.id, async (tx) => ({
      order: (await tx.select().from(orders).where(eq(orders.id, order.id)))[0]!,
      refunds: await tx.select().from(refunds).where(eq(refunds.orderId, order.id)),
    }));
    expect(after.order).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded', refundedTotal: order.total });
    expect(after.refunds).toMatchObject([{ amount: order.total, status: 'succeeded' }]);
    expect(fake.requests.filter((r) => r.path === '/v1/refunds')).toHaveLength(1);
  });

  it('queues nothing for a cash-on-delivery order', async () => {
    const { product, variant } = await createProduct(org);
    await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, 5);
    const { accessToken } = await createTestOrder(org, { lines: [{ product, variant, quantity: 1 }] });
    const ctx = { org, user: null, tx: <T,>(fn: Parameters<typeof withOrg<T>>[1]) => withOrg(org.id, fn) };
    await cancelShopperOrder(ctx, { access: { token: accessToken } });
    expect(await runQueuedJobs(QUEUES.stripeAutoRefund)).toEqual([]);
  });
});
