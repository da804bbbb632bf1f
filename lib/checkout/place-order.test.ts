import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import {
  couponRedemptions,
  coupons,
  customers,
  orderItems,
  orders,
  orderStatusHistory,
  paymentGateways,
  payments,
  products,
  stockReservations,
  type Organization,
} from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { AppError } from '@/lib/server/errors';
import { placeOrder } from './place-order';
import { quoteCheckout } from './quote-checkout';
import {
  address,
  checkoutStore,
  countRows,
  createCoupon,
  createZone,
  guest,
  pickupOrder,
  quoteAndPlace,
  stockedProduct,
  stockOf,
  storefrontFor,
} from './testing';

type Store = Awaited<ReturnType<typeof checkoutStore>>;
let store: Store;

const rowsOf = async (org: Organization, orderId: string) =>
  withOrg(org.id, async (tx) => ({
    order: (await tx.select().from(orders).where(eq(orders.id, orderId)))[0]!,
    items: await tx.select().from(orderItems).where(eq(orderItems.orderId, orderId)),
    reservations: await tx.select().from(stockReservations).where(eq(stockReservations.orderId, orderId)),
    history: await tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId)),
    payments: await tx.select().from(payments).where(eq(payments.orderId, orderId)),
    redemptions: await tx.select().from(couponRedemptions).where(eq(couponRedemptions.orderId, orderId)),
  }));

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeAll(async () => {
  store = await checkoutStore({ codEnabled: true, pickupEnabled: true, bankTransferEnabled: false, pricesIncludeTax: false, cardPaymentTimeoutMinutes: 20 });
});

describe('placeOrder', () => {
  it('places a delivery order: snapshot, items, reservation, coupon use, history, payment and a new customer, all at the quoted total', async () => {
    const { product, variant } = await stockedProduct(store, 5, { basePrice: 2500, taxRateBps: 1000, weightGrams: 1500 });
    const { tariffs } = await createZone(store.org, { city: 'Springfield' }, [{ name: 'Courier', baseCost: 500, costPerKg: 200, estimatedHours: 24 }]);
    const coupon = await createCoupon(store.org, { code: 'TENOFF', type: 'percentage', value: 1000, usageLimit: 10 });

    const input = {
      ...pickupOrder([{ variantId: variant.id, quantity: 2 }]),
      contact: { email: 'New.Guest@Example.test', name: 'New Guest', phone: '+1 212 555 0101' },
      fulfilment: 'delivery' as const,
      shippingAddress: address(' springfield '),
      tariffId: tariffs[0]!.id,
      couponCode: ' tenoff ',
      customerNote: 'Ring twice',
    };
    const quote = await quoteCheckout(store.ctx, { lines: input.lines, fulfilment: 'delivery', address: input.shippingAddress, tariffId: input.tariffId, couponCode: input.couponCode });
    // 2 × 2500 = 5000, 10 % off = 500, tax 10 % of 4500 = 450, shipping 500 + 200 × 3 kg = 1100.
    expect(quote.snapshot).toMatchObject({ subtotal: 5000, discount: 500, tax: 450, shipping: 1100, total: 6050 });

    const { order, accessToken } = await placeOrder(store.ctx, { ...input, expectedTotal: 6050 }, guest);
    expect(order).toMatchObject({
      status: 'pending',
      paymentStatus: 'pending',
      paymentMethod: 'cod',
      fulfilmentMethod: 'delivery',
      email: 'new.guest@example.test',
      subtotal: 5000,
      discountTotal: 500,
      taxTotal: 450,
      shippingTotal: 1100,
      total: 6050,
      pricesIncludeTax: false,
      couponId: coupon.id,
      couponCode: 'TENOFF',
      deliveryTariffId: tariffs[0]!.id,
      estimatedDeliveryHours: 24,
      customerNote: 'Ring twice',
      paymentDueAt: null,
    });
    expect(order.number).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(order.accessTokenHash).toBe(sha256(accessToken));
    expect(order.priceSnapshot).toEqual(quote.snapshot);

    const rows = await rowsOf(store.org, order.id);
    expect(rows.items).toMatchObject([{ productId: product.id, variantId: variant.id, productName: product.name, quantity: 2, unitPrice: 2500, subtotal: 5000, discountAmount: 500, taxAmount: 450, total: 4950, weightGrams: 1500 }]);
    expect(rows.reservations).toMatchObject([{ variantId: variant.id, warehouseId: store.warehouseId, quantity: 2, status: 'active', orderItemId: rows.items[0]!.id }]);
    expect(rows.history).toMatchObject([{ fromStatus: null, toStatus: 'pending', actorType: 'customer' }]);
    expect(rows.payments).toMatchObject([{ amount: 6050, method: 'cod', provider: null, status: 'pending', customerId: order.customerId }]);
    expect(rows.redemptions).toMatchObject([{ couponId: coupon.id, customerId: order.customerId, email: 'new.guest@example.test', discountAmount: 500 }]);
    expect(await stockOf(store.org, variant.id)).toEqual({ quantity: 5, reserved: 2, available: 3 });

    const [customer] = await withOrg(store.org.id, (tx) => tx.select().from(customers).where(eq(customers.id, order.customerId!)));
    expect(customer).toMatchObject({ email: 'new.guest@example.test', name: 'New Guest', source: 'storefront_checkout', totalOrders: 1 });
    const [used] = await withOrg(store.org.id, (tx) => tx.select().from(coupons).where(eq(coupons.id, coupon.id)));
    expect(used!.usedCount).toBe(1);
  });

  it('finds a returning guest by email in any case and counts the order on that customer', async () => {
    const { variant } = await stockedProduct(store, 10);
    const first = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: { email: 'repeat@example.test', name: 'R', phone: '+1 212 555 0102' } }));
    const second = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: { email: 'REPEAT@example.test', name: 'R', phone: '+1 212 555 0102' } }));
    expect(second.order.customerId).toBe(first.order.customerId);
    const [customer] = await withOrg(store.org.id, (tx) => tx.select().from(customers).where(eq(customers.id, first.order.customerId!)));
    expect(customer!.totalOrders).toBe(2);
    expect(customer!.lastOrderAt!.getTime()).toBe(second.order.createdAt.getTime());
  });

  it("uses the signed-in shopper's customer", async () => {
    const { variant } = await stockedProduct(store, 10);
    const [member] = await withOrg(store.org.id, (tx) =>
      tx.insert(customers).values({ organizationId: store.org.id, name: 'Member', email: 'member@example.test', currency: 'USD', totalOrders: 3 }).returning(),
    );
    const { order } = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: { email: 'other@example.test', name: 'M', phone: '+1 212 555 0103' } }), { userId: null, customerId: member!.id });
    expect(order.customerId).toBe(member!.id);
    const [after] = await withOrg(store.org.id, (tx) => tx.select().from(customers).where(eq(customers.id, member!.id)));
    expect(after!.totalOrders).toBe(4);
  });

  it('takes a card order with a payment deadline when the store has an active Stripe account', async () => {
    const card = await checkoutStore({ cardEnabled: true, codEnabled: false, cardPaymentTimeoutMinutes: 15 });
    const { variant } = await stockedProduct(card, 3);
    await createZone(card.org, { city: 'Springfield' }, [{ baseCost: 0 }]);
    const input = pickupOrder([{ variantId: variant.id, quantity: 1 }], { paymentMethod: 'card', fulfilment: 'delivery', shippingAddress: address() });
    const zone = await quoteCheckout(card.ctx, { lines: input.lines, fulfilment: 'delivery', address: address() });

    // Card on in the settings but no Stripe account connected: refused.
    const refused = await rejection(placeOrder(card.ctx, { ...input, tariffId: zone.selectedTariffId, expectedTotal: zone.snapshot.total }, guest));
    expect(refused).toMatchObject({ code: 'INVALID', fieldErrors: { paymentMethod: [expect.stringMatching(/Card payment is not available/)] } });

    await withOrg(card.org.id, (tx) =>
      tx.insert(paymentGateways).values({ organizationId: card.org.id, secretKeyEncrypted: 'x', webhookSecretEncrypted: 'x', secretKeyHint: '1234', mode: 'test' }),
    );
    const before = Date.now();
    const { order } = await placeOrder(card.ctx, { ...input, tariffId: zone.selectedTariffId, expectedTotal: zone.snapshot.total }, guest);
    expect(order).toMatchObject({ paymentMethod: 'card', paymentStatus: 'pending', status: 'pending' });
    const due = order.paymentDueAt!.getTime();
    expect(due).toBeGreaterThanOrEqual(before + 15 * 60_000 - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
    const rows = await rowsOf(card.org, order.id);
    expect(rows.payments).toMatchObject([{ method: 'card', provider: 'stripe', status: 'pending', amount: order.total }]);
  });

  it('refuses a payment method or pick-up the store has not enabled, writing nothing', async () => {
    const plain = await checkoutStore(); // defaults: cash on delivery only, no pick-up
    const { variant } = await stockedProduct(plain, 3);
    await createZone(plain.org, { city: 'Springfield' }, [{ baseCost: 300 }]);
    const q = await quoteCheckout(plain.ctx, { lines: [{ variantId: variant.id, quantity: 1 }], fulfilment: 'delivery', address: address() });
    const delivery = { ...pickupOrder([{ variantId: variant.id, quantity: 1 }]), fulfilment: 'delivery' as const, shippingAddress: address(), tariffId: q.selectedTariffId, expectedTotal: q.snapshot.total };

    const transfer = await rejection(placeOrder(plain.ctx, { ...delivery, paymentMethod: 'bank_transfer' }, guest));
    expect(transfer).toMatchObject({ code: 'INVALID', fieldErrors: { paymentMethod: ['Bank transfer is not available in this store. Choose another payment method.'] } });
    const pickup = await rejection(placeOrder(plain.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 1 }]), expectedTotal: 1999 }, guest));
    expect(pickup).toMatchObject({ code: 'INVALID', message: 'This store does not offer pick-up. Choose delivery.' });
    expect(await countRows(plain.org)).toEqual({ orders: 0, customers: [] });
    expect(await stockOf(plain.org, variant.id)).toMatchObject({ reserved: 0 });

    const { order } = await placeOrder(plain.ctx, delivery, guest);
    expect(order).toMatchObject({ total: 1999 + 300, paymentMethod: 'cod' });
  });

  it('offers pick-up at no cost when enabled, without an address', async () => {
    const { variant } = await stockedProduct(store, 3, { basePrice: 1000 });
    const { order } = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: variant.id, quantity: 2 }]));
    expect(order).toMatchObject({ fulfilmentMethod: 'pickup', shippingTotal: 0, total: 2000, shippingAddress: null, deliveryZoneId: null });
    expect(order.priceSnapshot.delivery).toEqual({ method: 'pickup', cost: 0 });
  });

  it('refuses a total other than the one recomputed now ("prices changed"), writing nothing', async () => {
    const { product, variant } = await stockedProduct(store, 3, { basePrice: 1000 });
    const input = pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: { email: 'changed@example.test', name: 'C', phone: '+1 212 555 0104' } });
    const quote = await quoteCheckout(store.ctx, { lines: input.lines, fulfilment: 'pickup' });
    await withOrg(store.org.id, (tx) => tx.update(products).set({ basePrice: 1200 }).where(eq(products.id, product.id)));

    const e = await rejection(placeOrder(store.ctx, { ...input, expectedTotal: quote.snapshot.total }, guest));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/Prices changed since you reviewed your order/);
    expect(e.fieldErrors?.expectedTotal).toBeDefined();
    expect(await stockOf(store.org, variant.id)).toMatchObject({ reserved: 0 });
    const guests = await withOrg(store.org.id, (tx) => tx.select().from(customers).where(eq(customers.email, 'changed@example.test')));
    expect(guests).toEqual([]);
  });

  it('freezes the price snapshot: a later price change leaves the order as it was', async () => {
    const { product, variant } = await stockedProduct(store, 3, { basePrice: 1500, taxRateBps: 2000 });
    const { order } = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: variant.id, quantity: 2 }]));
    await withOrg(store.org.id, (tx) => tx.update(products).set({ basePrice: 9900, taxRateBps: 0, name: 'Renamed' }).where(eq(products.id, product.id)));

    const rows = await rowsOf(store.org, order.id);
    expect(rows.order).toMatchObject({ subtotal: 3000, taxTotal: 600, total: 3600 });
    expect(rows.order.priceSnapshot).toEqual(order.priceSnapshot);
    expect(rows.order.priceSnapshot.lines[0]).toMatchObject({ unitPrice: 1500, taxRateBps: 2000, name: product.name });
    expect(rows.items[0]).toMatchObject({ unitPrice: 1500, productName: product.name, taxAmount: 600 });
    const now = await quoteCheckout(store.ctx, { lines: [{ variantId: variant.id, quantity: 2 }], fulfilment: 'pickup' });
    expect(now.snapshot.total).toBe(19_800);
  });

  it('leaves nothing behind when the second line is out of stock: no order, reservation, coupon use or customer change', async () => {
    const a = await stockedProduct(store, 5, { basePrice: 1000 });
    const b = await stockedProduct(store, 1, { basePrice: 1000 });
    const coupon = await createCoupon(store.org, { code: 'ROLLBACK', type: 'fixed_amount', value: 100 });
    const [known] = await withOrg(store.org.id, (tx) =>
      tx.insert(customers).values({ organizationId: store.org.id, name: 'Known', email: 'known@example.test', currency: 'USD', totalOrders: 7 }).returning(),
    );
    const ordersBefore = (await countRows(store.org)).orders;
    const input = pickupOrder(
      [
        { variantId: a.variant.id, quantity: 2 },
        { variantId: b.variant.id, quantity: 2 },
      ],
      { couponCode: 'ROLLBACK', contact: { email: 'known@example.test', name: 'K', phone: '+1 212 555 0105' } },
    );
    const e = await rejection(placeOrder(store.ctx, { ...input, expectedTotal: 3900 }, guest));
    expect(e).toMatchObject({ code: 'CONFLICT', message: `Only 1 of ${b.product.name} left in stock.`, fieldErrors: { [`lines.${b.variant.id}`]: ['Only 1 left.'] } });

    expect((await countRows(store.org)).orders).toBe(ordersBefore);
    expect(await stockOf(store.org, a.variant.id)).toEqual({ quantity: 5, reserved: 0, available: 5 });
    expect(await stockOf(store.org, b.variant.id)).toEqual({ quantity: 1, reserved: 0, available: 1 });
    const [c] = await withOrg(store.org.id, (tx) => tx.select().from(coupons).where(eq(coupons.id, coupon.id)));
    expect(c!.usedCount).toBe(0);
    expect(await withOrg(store.org.id, (tx) => tx.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, coupon.id)))).toEqual([]);
    const [k] = await withOrg(store.org.id, (tx) => tx.select().from(customers).where(eq(customers.id, known!.id)));
    expect(k).toMatchObject({ totalOrders: 7, lastOrderAt: null });
  });

  it('a new guest whose order fails leaves no customer row', async () => {
    const { variant } = await stockedProduct(store, 0);
    await rejection(placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 1 }], { contact: { email: 'ghost@example.test', name: 'G', phone: '+1 212 555 0106' } }), expectedTotal: 1999 }, guest));
    expect(await withOrg(store.org.id, (tx) => tx.select().from(customers).where(eq(customers.email, 'ghost@example.test')))).toEqual([]);
  });

  it("refuses another organization's variant as not found, writing nothing in either store", async () => {
    const other = await checkoutStore({ pickupEnabled: true });
    const foreign = await stockedProduct(other, 5);
    const own = await stockedProduct(store, 5);
    const ordersBefore = (await countRows(store.org)).orders;
    const input = pickupOrder(
      [
        { variantId: own.variant.id, quantity: 1 },
        { variantId: foreign.variant.id, quantity: 1 },
      ],
      { contact: { email: 'crossing@example.test', name: 'X', phone: '+1 212 555 0107' } },
    );
    const e = await rejection(placeOrder(store.ctx, { ...input, expectedTotal: 1999 * 2 }, guest));
    expect(e).toMatchObject({ code: 'NOT_FOUND', fieldErrors: { [`lines.${foreign.variant.id}`]: ['This item is no longer available.'] } });
    const quote = await quoteCheckout(store.ctx, { lines: input.lines, fulfilment: 'pickup' });
    expect(quote.lineProblems).toEqual([{ variantId: foreign.variant.id, message: 'This item is no longer available.' }]);
    expect(quote.snapshot.lines.map((l) => l.variantId)).toEqual([own.variant.id]);

    expect((await countRows(store.org)).orders).toBe(ordersBefore);
    expect(await countRows(other.org)).toEqual({ orders: 0, customers: [] });
    expect(await stockOf(other.org, foreign.variant.id)).toMatchObject({ reserved: 0 });
    expect(await stockOf(store.org, own.variant.id)).toMatchObject({ reserved: 0 });
    // The other store's context does not see this store's order either.
    const mine = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: own.variant.id, quantity: 1 }]));
    expect(await withOrg(other.org.id, (tx) => tx.select().from(orders).where(eq(orders.id, mine.order.id)))).toEqual([]);
  });

  it('refuses draft, unpublished and deleted products and inactive variants as not found', async () => {
    const draft = await stockedProduct(store, 5, { status: 'draft' });
    const unpublished = await stockedProduct(store, 5, { publishedAt: null });
    const deleted = await stockedProduct(store, 5, { deletedAt: new Date() });
    const inactive = await stockedProduct(store, 5, {}, { isActive: false });
    for (const { variant } of [draft, unpublished, deleted, inactive]) {
      const e = await rejection(placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 1 }]), expectedTotal: 1999 }, guest));
      expect(e.code).toBe('NOT_FOUND');
    }
  });

  it('prices tax-inclusive and tax-exclusive stores end to end', async () => {
    const inclusive = await checkoutStore({ pricesIncludeTax: true, pickupEnabled: true });
    const exclusive = await checkoutStore({ pricesIncludeTax: false, pickupEnabled: true });
    const results = [];
    for (const s of [inclusive, exclusive]) {
      const { variant } = await stockedProduct(s, 10, { basePrice: 1000, taxRateBps: 1800 });
      const { order } = await quoteAndPlace(s.ctx, pickupOrder([{ variantId: variant.id, quantity: 3 }]));
      const rows = await rowsOf(s.org, order.id);
      results.push({ order: { subtotal: order.subtotal, tax: order.taxTotal, total: order.total, pricesIncludeTax: order.pricesIncludeTax }, item: { tax: rows.items[0]!.taxAmount, total: rows.items[0]!.total } });
    }
    // 3000 incl. 18 %: 3000 × 1800 / 11800 = 457.6 → 458. Excl.: 3000 × 18 % = 540 on top.
    expect(results).toEqual([
      { order: { subtotal: 3000, tax: 458, total: 3000, pricesIncludeTax: true }, item: { tax: 458, total: 3000 } },
      { order: { subtotal: 3000, tax: 540, total: 3540, pricesIncludeTax: false }, item: { tax: 540, total: 3540 } },
    ]);
  });

  it("enforces the product's minimum and maximum order quantity", async () => {
    const { product, variant } = await stockedProduct(store, 50, { minOrderQuantity: 2, maxOrderQuantity: 4 });
    const tooFew = await rejection(placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 1 }]), expectedTotal: 1999 }, guest));
    expect(tooFew).toMatchObject({ code: 'INVALID', message: `Order at least 2 of ${product.name}.` });
    const tooMany = await rejection(placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 5 }]), expectedTotal: 1999 * 5 }, guest));
    expect(tooMany).toMatchObject({ code: 'INVALID', message: `You can order at most 4 of ${product.name}.` });
    // The same variant twice counts as one line of 2 + 3 = 5.
    const split = await rejection(placeOrder(store.ctx, { ...pickupOrder([{ variantId: variant.id, quantity: 2 }, { variantId: variant.id, quantity: 3 }]), expectedTotal: 1999 * 5 }, guest));
    expect(split.message).toBe(`You can order at most 4 of ${product.name}.`);
    const { order } = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: variant.id, quantity: 4 }]));
    expect(order.subtotal).toBe(1999 * 4);
  });

  it('reserves beyond the stock when the product allows backorders', async () => {
    const { variant } = await stockedProduct(store, 1, { allowBackorder: true });
    const { order } = await quoteAndPlace(store.ctx, pickupOrder([{ variantId: variant.id, quantity: 3 }]));
    expect(order.total).toBe(1999 * 3);
    expect(await stockOf(store.org, variant.id)).toEqual({ quantity: 1, reserved: 3, available: -2 });
  });

  it("prices a variant like the storefront: its own price, else the product's sale price plus its adjustment", async () => {
    const own = await stockedProduct(store, 5, { basePrice: 3000, salePrice: 2500 }, { price: 1234 });
    const adjusted = await stockedProduct(store, 5, { basePrice: 3000, salePrice: 2500 }, { priceAdjustment: 300 });
    const quote = await quoteCheckout(store.ctx, { lines: [{ variantId: own.variant.id, quantity: 1 }, { variantId: adjusted.variant.id, quantity: 1 }], fulfilment: 'pickup' });
    expect(quote.snapshot.lines.map((l) => l.unitPrice)).toEqual([1234, 2800]);
  });

  it('refuses a coupon the shopper already used up to its per-customer limit, counting guests by email', async () => {
    const { variant } = await stockedProduct(store, 10, { basePrice: 1000 });
    await createCoupon(store.org, { code: 'ONCE', type: 'fixed_amount', value: 200, perCustomerLimit: 1 });
    const input = pickupOrder([{ variantId: variant.id, quantity: 1 }], { couponCode: 'ONCE', contact: { email: 'once@example.test', name: 'O', phone: '+1 212 555 0108' } });
    const { order } = await quoteAndPlace(store.ctx, input);
    expect(order).toMatchObject({ discountTotal: 200, total: 800 });

    const quote = await quoteCheckout(store.ctx, { lines: input.lines, fulfilment: 'pickup', couponCode: 'once', email: 'ONCE@example.test' });
    expect(quote.couponError).toBe('You have already used the code ONCE.');
    expect(quote.snapshot.total).toBe(1000);
    // Placing at the discounted total the shopper saw earlier: refused with the coupon's reason.
    const again = await rejection(placeOrder(store.ctx, { ...input, expectedTotal: 800 }, guest));
    expect(again).toMatchObject({ code: 'CONFLICT', fieldErrors: { couponCode: ['You have already used the code ONCE.'] } });
    // Another shopper still can.
    const other = await quoteAndPlace(store.ctx, { ...input, contact: { ...input.contact, email: 'twice@example.test' } });
    expect(other.order.total).toBe(800);
  });

  it('makes the alongside writes in the order transaction: a throw there undoes the order, and a refused order undoes them', async () => {
    const { variant } = await stockedProduct(store, 2);
    const input = { ...pickupOrder([{ variantId: variant.id, quantity: 1 }]), expectedTotal: 1999 };
    await expect(placeOrder(store.ctx, input, guest, { alongside: async () => { throw new Error('cart gone'); } })).rejects.toThrow('cart gone');
    expect(await stockOf(store.org, variant.id)).toMatchObject({ reserved: 0 });

    const note = (email: string) => async (tx: Parameters<NonNullable<Parameters<typeof placeOrder>[3]>['alongside'] & {}>[0]) => {
      await tx.insert(customers).values({ organizationId: store.org.id, email, name: 'Alongside', currency: 'USD' });
    };
    const noted = (email: string) =>
      withOrg(store.org.id, async (tx) => (await tx.select().from(customers).where(and(eq(customers.organizationId, store.org.id), eq(customers.email, email)))).length);
    // Three of two in stock: the one-trip placement aborts, the careful one refuses; neither keeps the write.
    const refused = await rejection(placeOrder(store.ctx, { ...input, lines: [{ variantId: variant.id, quantity: 3 }], expectedTotal: 5997 }, guest, { alongside: note('refused@example.test') }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/left in stock/) });
    expect(await noted('refused@example.test')).toBe(0);

    const { order } = await placeOrder(store.ctx, input, guest, { alongside: note('placed@example.test') });
    expect(await noted('placed@example.test')).toBe(1);
    expect((await rowsOf(store.org, order.id)).items).toHaveLength(1);
  });

  it('validates the input with field errors a form can show', async () => {
    const e = await rejection(
      placeOrder(storefrontFor(store.org), { ...pickupOrder([]), fulfilment: 'delivery', contact: { email: 'nope', name: '', phone: 'x' }, expectedTotal: 0 }, guest),
    );
    expect(e.code).toBe('INVALID');
    expect(e.fieldErrors).toMatchObject({
      'contact.email': ['Enter a valid email address, like name@example.com.'],
      'contact.name': ['Enter your name.'],
      lines: ['Your cart is empty.'],
      shippingAddress: ['Enter a delivery address.'],
      tariffId: ['Choose a delivery option.'],
    });
  });
});
