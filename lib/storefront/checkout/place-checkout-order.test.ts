import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { orders, productVariants, stockLevels, type Organization, type User } from '@/db/schema';
import { createUser, TEST_PASSWORD } from '@/db/test/factories';
import { addToCart } from '@/lib/cart/add-to-cart';
import { getCartLines } from '@/lib/cart/get-cart';
import type { CartRef } from '@/lib/cart/internal';
import { checkoutStore, createZone, setCheckoutSettings, stockedProduct } from '@/lib/checkout/testing';
import { signInShopper } from '@/lib/customers/sign-in-shopper';
import { runQueuedJobs } from '@/lib/jobs/testing';
import { startFakeStripe, type FakeStripeServer } from '@/lib/payments/testing/fake-stripe-server';
import { connectTestStripe } from '@/lib/payments/testing/stripe-fixtures';
import { getOrderByToken } from '@/lib/storefront/orders/get-order-by-token';
import { listCustomerOrders } from '@/lib/storefront/orders/list-customer-orders';
import { getCustomerOrder } from '@/lib/storefront/orders/get-customer-order';
import { startOrderPayment } from '@/lib/storefront/orders/start-order-payment';
import { listSavedAddresses } from './addresses';
import type { CheckoutContext } from './checkout-session';
import { placeCheckoutOrder } from './place-checkout-order';
import { quoteCart } from './quote-cart';
import type { PlaceCheckoutOrderInput } from './schemas';

const meta = { ipAddress: null, userAgent: 'vitest' };
let fake: FakeStripeServer;

beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.stop());

type Store = Awaited<ReturnType<typeof checkoutStore>>;

function shopper(store: Store, cartRef: CartRef | null, user: User | null = null): CheckoutContext {
  return { ...store.ctx, host: `${store.org.slug}.localhost:3000`, meta, user, cartRef };
}

const address = { fullName: 'Gita Guest', phone: '+1 212 555 0100', country: 'US', city: 'Springfield', street: '1 Main St', postalCode: '12345' };
const contact = { email: 'gita@example.test', name: 'Gita Guest', phone: '+1 212 555 0100' };

async function storeWithCart(quantity = 2, settings: Parameters<typeof setCheckoutSettings>[1] = {}) {
  const store = await checkoutStore({ codEnabled: true, bankTransferEnabled: true, bankTransferInstructions: 'IBAN XX00 1234, Test Bank', pickupEnabled: true, ...settings });
  const { tariffs } = await createZone(store.org, { city: 'Springfield' }, [{ baseCost: 500, name: 'Courier', estimatedHours: 24 }]);
  const { product, variant } = await stockedProduct(store, 5, { name: 'Desk lamp', basePrice: 2000 });
  const cartRef: CartRef = { tokenHash: `cart-${store.org.id}` };
  await addToCart(store.ctx, cartRef, { variantId: variant.id, quantity });
  return { store, cartRef, product, variant, tariffId: tariffs[0]!.id };
}

async function quoteAndInput(ctx: CheckoutContext, tariffId: string, over: Partial<PlaceCheckoutOrderInput> = {}): Promise<PlaceCheckoutOrderInput> {
  const quote = await quoteCart(ctx, { fulfilment: 'delivery', address, tariffId, email: contact.email });
  return { contact, fulfilment: 'delivery', shippingAddress: address, tariffId, paymentMethod: 'cod', expectedTotal: quote.snapshot.total, ...over };
}

const level = (org: Organization, variantId: string) =>
  withOrg(org.id, async (tx) => (await tx.select().from(stockLevels).where(and(eq(stockLevels.organizationId, org.id), eq(stockLevels.variantId, variantId))))[0]!);

describe('placing the cart as an order', () => {
  it('places a guest order from the server-side cart, empties the cart and sends the order page link', async () => {
    const { store, cartRef, variant, tariffId } = await storeWithCart(2);
    const ctx = shopper(store, cartRef);
    const input = await quoteAndInput(ctx, tariffId, { paymentMethod: 'bank_transfer' });
    expect(input.expectedTotal).toBe(2 * 2000 + 500);

    const result = await placeCheckoutOrder(ctx, input);

    expect(result).toMatchObject({ status: 'placed', redirectTo: expect.stringMatching(/^\/orders\/[\w-]+$/) });
    if (result.status !== 'placed') return;
    const token = decodeURIComponent(result.redirectTo.slice('/orders/'.length));
    const detail = await getOrderByToken(store.ctx, { token });
    expect(detail).toMatchObject({ order: { number: result.orderNumber, paymentMethod: 'bank_transfer' }, snapshot: { total: 4500 } });
    expect((await getCartLines(store.ctx, cartRef)).lines).toEqual([]);
    expect(await level(store.org, variant.id)).toMatchObject({ reserved: 2 });

    const emails = (await runQueuedJobs('send-email')).filter((j) => j.data.to === contact.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.data.subject).toBe(`Your order ${result.orderNumber} at ${store.org.name}`);
    expect(emails[0]!.data.text).toContain(`with the reference ${result.orderNumber}`);
    expect(emails[0]!.data.text).toContain('IBAN XX00 1234, Test Bank');
    expect(emails[0]!.data.text).toContain(`http://${store.org.slug}.localhost:3000/orders/${token}`);
  });

  it('shows the new quote instead of placing when the total changed since the shopper saw it', async () => {
    const { store, cartRef, variant, tariffId } = await storeWithCart(1);
    const ctx = shopper(store, cartRef);
    const input = await quoteAndInput(ctx, tariffId);
    await withOrg(store.org.id, (tx) => tx.update(productVariants).set({ price: 2600 }).where(eq(productVariants.id, variant.id)));

    const result = await placeCheckoutOrder(ctx, input);

    expect(result).toMatchObject({ status: 'quote_changed', quote: { snapshot: { total: 2600 + 500 } }, message: expect.stringContaining('Prices changed') });
    expect(await withOrg(store.org.id, (tx) => tx.select().from(orders))).toEqual([]);
    expect((await getCartLines(store.ctx, cartRef)).lines).toHaveLength(1);

    const again = await placeCheckoutOrder(ctx, { ...input, expectedTotal: 3100 });
    expect(again.status).toBe('placed');
  });

  it('names the line that ran out of stock and keeps the cart', async () => {
    const { store, cartRef, product, variant, tariffId } = await storeWithCart(3);
    const ctx = shopper(store, cartRef);
    const input = await quoteAndInput(ctx, tariffId);
    // Someone else bought the rest meanwhile.
    await withOrg(store.org.id, (tx) => tx.update(stockLevels).set({ quantity: 1 }).where(eq(stockLevels.variantId, variant.id)));

    await expect(placeCheckoutOrder(ctx, input)).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { [`lines.${variant.id}`]: [expect.stringContaining('left')] },
    });
    expect((await getCartLines(store.ctx, cartRef)).lines).toEqual([{ variantId: variant.id, productId: product.id, quantity: 3 }]);
    expect(await withOrg(store.org.id, (tx) => tx.select().from(orders))).toEqual([]);
  });

  it('refuses an empty cart', async () => {
    const store = await checkoutStore();
    await expect(placeCheckoutOrder(shopper(store, { tokenHash: 'nothing-here' }), { contact, fulfilment: 'pickup', paymentMethod: 'cod', expectedTotal: 0 })).rejects.toMatchObject({
      code: 'INVALID',
      message: 'Your cart is empty.',
    });
  });

  it('sends a card order to Stripe with the order page as success and cancel URLs; "Complete payment" starts again', async () => {
    const { store, cartRef, tariffId } = await storeWithCart(1);
    await connectTestStripe(store.org);
    const ctx = shopper(store, cartRef);

    const result = await placeCheckoutOrder(ctx, await quoteAndInput(ctx, tariffId, { paymentMethod: 'card' }));

    expect(result).toMatchObject({ status: 'placed', redirectTo: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\//) });
    const [request] = fake.requestsTo('POST', /^\/v1\/checkout\/sessions$/).slice(-1);
    const successUrl = String(request!.body.success_url);
    expect(successUrl).toMatch(new RegExp(`^http://${store.org.slug}\\.localhost:3000/orders/[\\w-]+$`));
    expect(request!.body.cancel_url).toBe(`${successUrl}?payment=cancelled`);

    const token = decodeURIComponent(successUrl.split('/orders/')[1]!);
    expect(await getOrderByToken(store.ctx, { token })).toMatchObject({ canPay: true, order: { paymentStatus: 'pending' } });
    const { redirectUrl } = await startOrderPayment({ ...ctx, user: null }, { access: { token } });
    expect(redirectUrl).toMatch(/^https:\/\/checkout\.stripe\.test\//);
  });
});

describe('signed-in shoppers', () => {
  it('attaches the order to their customer row and saves a new address when asked', async () => {
    const { store, variant, tariffId } = await storeWithCart(1);
    const user = await createUser();
    const signedIn = await signInShopper({ ...store.ctx, meta }, { email: user.email, password: TEST_PASSWORD });
    if (signedIn.status !== 'signed-in') throw new Error('expected a signed-in shopper');
    const cartRef: CartRef = { customerId: signedIn.customer.id };
    await addToCart(store.ctx, cartRef, { variantId: variant.id, quantity: 1 });
    const ctx = shopper(store, cartRef, user);

    const result = await placeCheckoutOrder(ctx, { ...(await quoteAndInput(ctx, tariffId)), contact: { ...contact, email: user.email }, saveAddress: true });

    expect(result.status).toBe('placed');
    const history = await listCustomerOrders(ctx);
    expect(history.rows).toMatchObject([{ itemCount: 1, total: 2500 }]);
    expect(await listSavedAddresses({ user })).toMatchObject([{ city: 'Springfield', street: '1 Main St', isDefault: true }]);
  });

  it('shows guest orders placed with their email once they have an account in this store, and not in another store', async () => {
    const { store, cartRef, tariffId } = await storeWithCart(2);
    const email = `later-${store.org.id}@example.test`;
    const ctx = shopper(store, cartRef);
    const placed = await placeCheckoutOrder(ctx, { ...(await quoteAndInput(ctx, tariffId)), contact: { ...contact, email } });
    if (placed.status !== 'placed') throw new Error('expected a placed order');

    const user = await createUser({ email });
    expect((await listCustomerOrders({ ...store.ctx, user })).rows).toEqual([]);
    await signInShopper({ ...store.ctx, meta }, { email, password: TEST_PASSWORD });

    const history = await listCustomerOrders({ ...store.ctx, user });
    expect(history.rows.map((r) => [r.number, r.itemCount, r.status])).toEqual([[placed.orderNumber, 2, 'pending']]);

    const other = await checkoutStore();
    await signInShopper({ ...other.ctx, meta }, { email, password: TEST_PASSWORD });
    expect((await listCustomerOrders({ ...other.ctx, user })).rows).toEqual([]);
  });

  it('keeps guest orders out of an account whose email is not verified yet', async () => {
    const { store, cartRef, tariffId } = await storeWithCart(1);
    const email = `unverified-${store.org.id}@example.test`;
    const ctx = shopper(store, cartRef);
    const placed = await placeCheckoutOrder(ctx, { ...(await quoteAndInput(ctx, tariffId)), contact: { ...contact, email } });
    if (placed.status !== 'placed') throw new Error('expected a placed order');

    const user = await createUser({ email, emailVerified: null });
    await signInShopper({ ...store.ctx, meta }, { email, password: TEST_PASSWORD });
    expect((await listCustomerOrders({ ...store.ctx, user })).rows).toEqual([]);
    expect(await getCustomerOrder({ ...store.ctx, user }, { number: placed.orderNumber })).toBeNull();
  });
});
