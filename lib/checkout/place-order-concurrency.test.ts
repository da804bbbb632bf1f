import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { couponRedemptions, coupons, customers, orders, stockReservations } from '@/db/schema';
import { createTestOrder } from '@/db/test/order-factories';
import { AppError } from '@/lib/server/errors';
import { generateOrderNumber, insertOrderWithNumber, ORDER_NUMBER_ALPHABET } from './order-number';
import { placeOrder } from './place-order';
import { quoteCheckout } from './quote-checkout';
import { checkoutStore, createCoupon, guest, pickupOrder, stockedProduct, stockOf } from './testing';

type Store = Awaited<ReturnType<typeof checkoutStore>>;
let store: Store;

beforeAll(async () => {
  store = await checkoutStore({ pickupEnabled: true });
});

const shopper = (i: number) => ({ email: `shopper-${i}@example.test`, name: `Shopper ${i}`, phone: '+1 212 555 0199' });

function outcomes(results: PromiseSettledResult<unknown>[]) {
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
  for (const f of failures) expect(f).toBeInstanceOf(AppError);
  return { placed: results.filter((r) => r.status === 'fulfilled').length, messages: failures.map((f) => (f as AppError).message) };
}

describe('placeOrder under concurrency', () => {
  it('64 parallel checkouts of a product with 10 in stock: exactly 10 orders, nothing oversold', async () => {
    const { product, variant } = await stockedProduct(store, 10, { basePrice: 1500 });
    const results = await Promise.allSettled(
      Array.from({ length: 64 }, (_, i) =>
        placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: shopper(i) }), expectedTotal: 1500 }, guest),
      ),
    );
    const { placed, messages } = outcomes(results);
    expect(placed).toBe(10);
    expect(messages).toEqual(Array(54).fill(`${product.name} is out of stock.`));
    expect(await stockOf(store.org, variant.id)).toEqual({ quantity: 10, reserved: 10, available: 0 });
    const held = await withOrg(store.org.id, (tx) => tx.select().from(stockReservations).where(eq(stockReservations.variantId, variant.id)));
    expect(held.reduce((s, r) => s + r.quantity, 0)).toBe(10);
  });

  it('20 parallel checkouts with a coupon limited to 5 uses: exactly 5 use it, the others fail with the coupon reason', async () => {
    const { variant } = await stockedProduct(store, 100, { basePrice: 1000 });
    const coupon = await createCoupon(store.org, { code: 'FIVE', type: 'percentage', value: 2000, usageLimit: 5 });
    const quote = await quoteCheckout(store.ctx, { lines: [{ variantId: variant.id, quantity: 1 }], fulfilment: 'pickup', couponCode: 'FIVE' });
    expect(quote.snapshot.total).toBe(800);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: shopper(100 + i), couponCode: 'five' }), expectedTotal: 800 }, guest),
      ),
    );
    const { placed, messages } = outcomes(results);
    expect(placed).toBe(5);
    expect(messages).toEqual(Array(15).fill('The code FIVE has reached its usage limit. Remove it to place your order.'));
    const [after] = await withOrg(store.org.id, (tx) => tx.select().from(coupons).where(eq(coupons.id, coupon.id)));
    expect(after!.usedCount).toBe(5);
    const uses = await withOrg(store.org.id, (tx) => tx.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, coupon.id)));
    expect(uses).toHaveLength(5);
    expect(await stockOf(store.org, variant.id)).toMatchObject({ reserved: 5 });
  });

  it('the per-customer limit holds when one shopper checks out several times at once', async () => {
    // Different products, so the product locks do not already serialise the checkouts.
    const lines = await Promise.all(Array.from({ length: 6 }, () => stockedProduct(store, 10, { basePrice: 1000 })));
    await createCoupon(store.org, { code: 'MINE', type: 'fixed_amount', value: 100, perCustomerLimit: 1 });
    const [member] = await withOrg(store.org.id, (tx) => tx.insert(customers).values({ organizationId: store.org.id, name: 'M', email: 'mine@example.test', currency: 'USD' }).returning());
    const results = await Promise.allSettled(
      lines.map(({ variant }, i) =>
        placeOrder(
          store.ctx,
          { ...pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: i % 2 ? shopper(500) : { ...shopper(500), email: 'mine@example.test' }, couponCode: 'MINE' }), expectedTotal: 900 },
          i % 2 ? { userId: null, customerId: member!.id } : guest,
        ),
      ),
    );
    const { placed, messages } = outcomes(results);
    expect(placed).toBe(1);
    expect(messages).toEqual(Array(5).fill('You have already used the code MINE. Remove it to place your order.'));
  });

  it('100 parallel placements get 100 different order numbers', async () => {
    const { variant } = await stockedProduct(store, 1000, { basePrice: 500 });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: shopper(1000 + (i % 7)) }), expectedTotal: 500 }, guest),
      ),
    );
    const numbers = results.map((r) => r.order.number);
    expect(new Set(numbers).size).toBe(100);
    expect(await stockOf(store.org, variant.id)).toMatchObject({ reserved: 100 });
  });
});

describe('order numbers', () => {
  it('are six characters of an alphabet without 0, O, 1, I or L', () => {
    expect(ORDER_NUMBER_ALPHABET).not.toMatch(/[0O1IL]/);
    for (let i = 0; i < 200; i++) expect(generateOrderNumber()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
  });

  it('draw again when the number is taken in this organization, and not when it is taken in another', async () => {
    const { product, variant } = await stockedProduct(store, 10);
    const { order: taken } = await createTestOrder(store.org, { lines: [{ product, variant, quantity: 1 }] });
    const other = await checkoutStore();
    const draws = [taken.number, taken.number, 'ZZZZZ9'];
    const order = await withOrg(other.org.id, (tx) =>
      insertOrderWithNumber(tx, { ...valuesFrom(taken), organizationId: other.org.id, customerId: null, accessTokenHash: 'a' }, () => draws.shift()!),
    );
    expect(order.number).toBe(taken.number); // another store may use the same number
    const draws2 = [taken.number, taken.number, 'ZZZZZ9'];
    const again = await withOrg(store.org.id, (tx) => insertOrderWithNumber(tx, { ...valuesFrom(taken), accessTokenHash: 'b' }, () => draws2.shift()!));
    expect(again.number).toBe('ZZZZZ9');
  });
});

function valuesFrom(o: typeof orders.$inferSelect) {
  const { id: _id, number: _number, createdAt: _c, updatedAt: _u, ...rest } = o;
  return rest;
}
