import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { orders, payments, stockLevels, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { expireUnpaidCardOrders } from './expire-unpaid-orders';
import { stripeFor } from './stripe/client';
import { startFakeStripe, type FakeStripeServer } from './testing/fake-stripe-server';
import { attachSession, connectTestStripe, setPaymentDue } from './testing/stripe-fixtures';

let fake: FakeStripeServer;
let org: Organization;
let other: Organization;
const warehouses = new Map<string, string>();

beforeAll(async () => {
  fake = await startFakeStripe();
  ({ org } = await createOrganization());
  ({ org: other } = await createOrganization());
  for (const o of [org, other]) {
    await connectTestStripe(o);
    warehouses.set(o.id, (await createWarehouse(o, { isDefault: true })).id);
  }
});
afterAll(() => fake.stop());

const past = () => new Date(Date.now() - 60_000);

async function cardOrder(o: Organization, due: Date, method: 'card' | 'cod' = 'card') {
  const { product, variant } = await createProduct(o, { basePrice: 1500 });
  await setStock(o, { warehouseId: warehouses.get(o.id)!, productId: product.id, variantId: variant.id }, 4);
  const placed = await createTestOrder(o, { lines: [{ product, variant, quantity: 3 }], paymentMethod: method });
  await setPaymentDue(o.id, placed.order.id, due);
  return { ...placed, variant };
}

/** A session opened on the fake Stripe, as startCardPayment would have. */
const openSession = (amount: number) =>
  stripeFor('sk_test_any_key_for_the_fake').checkout.sessions.create({
    mode: 'payment',
    line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: amount, product_data: { name: 'Order' } } }],
  });

const read = (o: Organization, orderId: string, variantId: string) =>
  withOrg(o.id, async (tx) => ({
    order: (await tx.select().from(orders).where(eq(orders.id, orderId)))[0]!,
    payment: (await tx.select().from(payments).where(eq(payments.orderId, orderId)))[0]!,
    stock: (await tx.select().from(stockLevels).where(and(eq(stockLevels.variantId, variantId))))[0]!,
  }));

describe('expireUnpaidCardOrders', () => {
  it('cancels overdue unpaid card orders, releasing their stock and expiring the Stripe session', async () => {
    const overdue = await cardOrder(org, past());
    const created = await openSession(overdue.order.total);
    await attachSession(org.id, overdue.payment.id, created.id);

    const result = await expireUnpaidCardOrders(new Date());
    expect(result.cancelled).toContain(overdue.order.id);
    const now = await read(org, overdue.order.id, overdue.variant.id);
    expect(now.order).toMatchObject({ status: 'cancelled', paymentStatus: 'voided', cancellationReason: 'Payment not completed in time' });
    expect(now.payment.status).toBe('cancelled');
    expect(now.stock).toMatchObject({ quantity: 4, reserved: 0 });
    expect(fake.sessions.get(created.id)!.status).toBe('expired');
  });

  it('leaves paid orders, orders not yet due, and other payment methods alone; works across organizations', async () => {
    const notDue = await cardOrder(org, new Date(Date.now() + 10 * 60_000));
    const paid = await cardOrder(org, past());
    await withOrg(org.id, (tx) => tx.update(orders).set({ paymentStatus: 'paid', status: 'confirmed' }).where(eq(orders.id, paid.order.id)));
    const cod = await cardOrder(org, past(), 'cod');
    const otherOrg = await cardOrder(other, past());

    const result = await expireUnpaidCardOrders(new Date());
    expect(result.cancelled).toContain(otherOrg.order.id);
    expect((await read(other, otherOrg.order.id, otherOrg.variant.id)).order.status).toBe('cancelled');
    expect((await read(org, notDue.order.id, notDue.variant.id)).order).toMatchObject({ status: 'pending', paymentStatus: 'pending' });
    expect((await read(org, notDue.order.id, notDue.variant.id)).stock.reserved).toBe(3);
    expect((await read(org, paid.order.id, paid.variant.id)).order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect((await read(org, cod.order.id, cod.variant.id)).order.status).toBe('pending');
    for (const id of [notDue.order.id, paid.order.id, cod.order.id]) expect(result.cancelled).not.toContain(id);
  });

  it('skips an order whose Stripe session was just paid (the success webhook will confirm it)', async () => {
    const racing = await cardOrder(org, past());
    const created = await openSession(racing.order.total);
    fake.completeSession(created.id);
    await attachSession(org.id, racing.payment.id, created.id);
    const result = await expireUnpaidCardOrders(new Date());
    expect(result.skipped).toContain(racing.order.id);
    expect((await read(org, racing.order.id, racing.variant.id)).order.status).toBe('pending');
  });

  it('skips an order a webhook holds locked, and cancels it on a later run', async () => {
    const locked = await cardOrder(org, past());
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let lockTaken!: () => void;
    const taken = new Promise<void>((r) => (lockTaken = r));
    const holder = withOrg(org.id, async (tx) => {
      await tx.select().from(orders).where(eq(orders.id, locked.order.id)).for('update');
      lockTaken();
      await held;
    });
    await taken;
    const first = await expireUnpaidCardOrders(new Date());
    expect(first.skipped).toContain(locked.order.id);
    release();
    await holder;
    const second = await expireUnpaidCardOrders(new Date());
    expect(second.cancelled).toContain(locked.order.id);
  });
});
