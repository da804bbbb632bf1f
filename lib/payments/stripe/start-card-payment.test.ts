import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { payments, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import type { StorefrontContext } from '@/lib/server/context';
import { startFakeStripe, type FakeStripeServer } from '../testing/fake-stripe-server';
import { connectTestStripe, setPaymentDue } from '../testing/stripe-fixtures';
import { sessionExpiresAt, startCardPayment } from './start-card-payment';

let fake: FakeStripeServer;
let org: Organization;
let secretKey: string;
let warehouseId: string;

const storefront = (o: Organization): StorefrontContext => ({ org: o, host: `${o.slug}.localhost:3000`, tx: (fn) => withOrg(o.id, fn) });
const urls = { successUrl: 'http://shop.localhost:3000/order/ok', cancelUrl: 'http://shop.localhost:3000/checkout' };

beforeAll(async () => {
  fake = await startFakeStripe();
  ({ org } = await createOrganization());
  ({ secretKey } = await connectTestStripe(org));
  warehouseId = (await createWarehouse(org, { isDefault: true })).id;
});
afterAll(() => fake.stop());

async function cardOrder(o = org, quantity = 3) {
  const { product, variant } = await createProduct(o, { basePrice: 1999, name: 'Linen shirt' });
  await setStock(o, { warehouseId: o.id === org.id ? warehouseId : (await createWarehouse(o, { isDefault: true })).id, productId: product.id, variantId: variant.id }, 10);
  const placed = await createTestOrder(o, { lines: [{ product, variant, quantity }], paymentMethod: 'card', email: 'buyer@example.test' });
  await setPaymentDue(o.id, placed.order.id, new Date(Date.now() + 10 * 60_000));
  return placed;
}

const paymentRow = (id: string) => withOrg(org.id, async (tx) => (await tx.select().from(payments).where(eq(payments.id, id)))[0]!);

describe('startCardPayment', () => {
  it('creates a Checkout Session on the organization’s account for exactly the frozen total', async () => {
    const { order, payment } = await cardOrder();
    const { redirectUrl } = await startCardPayment(storefront(org), order, urls);

    const [request] = fake.requestsTo('POST', /^\/v1\/checkout\/sessions$/).slice(-1);
    expect(request!.apiKey).toBe(secretKey);
    expect(request!.body).toMatchObject({
      mode: 'payment',
      customer_email: 'buyer@example.test',
      client_reference_id: order.id,
      metadata: { orderId: order.id, organizationId: org.id },
      payment_intent_data: { metadata: { orderId: order.id, organizationId: org.id } },
      success_url: urls.successUrl,
      cancel_url: urls.cancelUrl,
      line_items: [{ quantity: '1', price_data: { currency: 'usd', unit_amount: String(order.total), product_data: { name: `Order ${order.number}` } } }],
    });
    expect((request!.body.line_items as { price_data: { product_data: { description: string } } }[])[0]!.price_data.product_data.description).toContain('3 × Linen shirt');

    const session = [...fake.sessions.values()].find((s) => s.client_reference_id === order.id)!;
    expect(session.amount_total).toBe(order.total);
    // The order's payment window is 10 minutes; Stripe needs at least 30.
    expect(Number(request!.body.expires_at)).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 30 * 60);
    expect(redirectUrl).toBe(session.url);
    expect(await paymentRow(payment.id)).toMatchObject({ gatewaySessionId: session.id, status: 'pending' });
  });

  it('returns the same open session when asked again, and a new one after it expired', async () => {
    const { order, payment } = await cardOrder();
    const first = await startCardPayment(storefront(org), order, urls);
    const again = await startCardPayment(storefront(org), order, urls);
    expect(again.redirectUrl).toBe(first.redirectUrl);

    const sessionId = (await paymentRow(payment.id)).gatewaySessionId!;
    fake.sessions.get(sessionId)!.status = 'expired';
    const fresh = await startCardPayment(storefront(org), order, urls);
    expect(fresh.redirectUrl).not.toBe(first.redirectUrl);
    expect((await paymentRow(payment.id)).gatewaySessionId).not.toBe(sessionId);
  });

  it('clamps the session expiry to what Stripe accepts', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const s = now.getTime() / 1000;
    expect(sessionExpiresAt(new Date(now.getTime() + 5 * 60_000), now)).toBe(s + 31 * 60);
    expect(sessionExpiresAt(new Date(now.getTime() + 2 * 3600_000), now)).toBe(s + 2 * 3600);
    expect(sessionExpiresAt(new Date(now.getTime() + 48 * 3600_000), now)).toBe(s + 23 * 3600 + 55 * 60);
  });

  it('refuses an order that can no longer be paid, and an organization without Stripe', async () => {
    const { order } = await cardOrder();
    await setPaymentDue(org.id, order.id, new Date(Date.now() - 1000));
    await expect(startCardPayment(storefront(org), order, urls)).rejects.toMatchObject({ code: 'CONFLICT' });

    const { org: noStripe } = await createOrganization();
    const { order: elsewhere } = await cardOrder(noStripe, 1);
    await expect(startCardPayment(storefront(noStripe), elsewhere, urls)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('does not find another organization’s order', async () => {
    const { order } = await cardOrder();
    const { org: other } = await createOrganization();
    await connectTestStripe(other);
    await expect(startCardPayment(storefront(other), order, urls)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
