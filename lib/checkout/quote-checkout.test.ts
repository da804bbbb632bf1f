import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { coupons, paymentGateways } from '@/db/schema';
import { getCheckoutOptions } from './get-checkout-options';
import { quoteCheckout } from './quote-checkout';
import { address, checkoutStore, createCoupon, createZone, setCheckoutSettings, stockedProduct } from './testing';

type Store = Awaited<ReturnType<typeof checkoutStore>>;
let store: Store;
let variantId: string;
let heavyId: string;

beforeAll(async () => {
  store = await checkoutStore({ pickupEnabled: true, pricesIncludeTax: true });
  variantId = (await stockedProduct(store, 10, { basePrice: 2000, weightGrams: 500 })).variant.id;
  heavyId = (await stockedProduct(store, 10, { basePrice: 1000, weightGrams: 4000 }, { weightGrams: 2500 })).variant.id;
  await createZone(store.org, { name: 'Centre', city: 'Springfield', districts: ['Downtown'], sortOrder: 1 }, [
    { name: 'Express', baseCost: 900, estimatedHours: 4, minOrderAmount: 10_000 },
    { name: 'Standard', baseCost: 300, costPerKg: 100, freeDeliveryThreshold: 8000, estimatedHours: 24 },
  ]);
  await createZone(store.org, { name: 'Suburbs', city: 'Springfield', sortOrder: 2 }, [{ name: 'Van', baseCost: 700 }]);
  await createZone(store.org, { name: 'Retired', city: 'Shelbyville', isActive: false }, [{ name: 'Old', baseCost: 100 }]);
});

const quote = (over: Partial<Parameters<typeof quoteCheckout>[1]> = {}) =>
  quoteCheckout(store.ctx, { lines: [{ variantId, quantity: 2 }], fulfilment: 'delivery', address: address('springfield', { district: 'downtown' }), ...over });

describe('quoteCheckout: delivery', () => {
  it("picks the address's zone and prices its tariffs by weight, with the first available one selected", async () => {
    const q = await quote({ lines: [{ variantId, quantity: 2 }, { variantId: heavyId, quantity: 1 }] });
    expect(q.zone).toEqual({ id: expect.any(String), name: 'Centre' });
    expect(q.deliveryAvailable).toBe(true);
    // 2 × 500 g + 1 × 2500 g (the variant's weight wins) = 3.5 kg → 300 + 350.
    expect(q.deliveryOptions).toMatchObject([
      { name: 'Express', cost: 900, available: false, reason: 'Orders from $100.00' },
      { name: 'Standard', cost: 650, regularCost: 650, estimatedHours: 24, available: true },
    ]);
    expect(q.selectedTariffId).toBe(q.deliveryOptions[1]!.tariffId);
    expect(q.snapshot).toMatchObject({ subtotal: 5000, shipping: 650, total: 5650, delivery: { method: 'delivery', zoneName: 'Centre', tariffName: 'Standard', weightGrams: 3500 } });
  });

  it('is free above the threshold and falls back to the whole-city zone for other districts', async () => {
    expect((await quote({ lines: [{ variantId, quantity: 4 }] })).snapshot).toMatchObject({ subtotal: 8000, shipping: 0, total: 8000 });
    const suburbs = await quote({ address: address('Springfield', { district: 'Elm Park' }) });
    expect(suburbs.zone?.name).toBe('Suburbs');
    expect(suburbs.snapshot.shipping).toBe(700);
  });

  it('says so when there is no zone, or the chosen tariff is not available', async () => {
    const none = await quote({ address: address('Shelbyville') });
    expect(none).toMatchObject({ zone: null, deliveryAvailable: false, deliveryOptions: [], deliveryMessage: 'We do not deliver to Shelbyville yet. Choose pick-up in store or another address.' });
    expect(none.snapshot).toMatchObject({ delivery: null, shipping: 0, total: 4000 });

    const centre = await quote();
    const express = centre.deliveryOptions.find((o) => o.name === 'Express')!;
    const refused = await quote({ tariffId: express.tariffId });
    expect(refused).toMatchObject({ deliveryAvailable: false, selectedTariffId: null, deliveryMessage: 'Express: Orders from $100.00.' });
  });

  it('prices pick-up at 0 when enabled, and refuses it when not', async () => {
    expect((await quote({ fulfilment: 'pickup', address: null })).snapshot).toMatchObject({ shipping: 0, total: 4000, delivery: { method: 'pickup', cost: 0 } });
    const plain = await checkoutStore();
    const { variant } = await stockedProduct(plain, 1);
    const q = await quoteCheckout(plain.ctx, { lines: [{ variantId: variant.id, quantity: 1 }], fulfilment: 'pickup' });
    expect(q).toMatchObject({ deliveryAvailable: false, deliveryMessage: 'This store does not offer pick-up. Choose delivery.' });
  });
});

describe('quoteCheckout: coupons', () => {
  beforeAll(async () => {
    const day = 86_400_000;
    await createCoupon(store.org, { code: 'SAVE10', type: 'percentage', value: 1000, maxDiscountAmount: 300 });
    await createCoupon(store.org, { code: 'OFF', type: 'percentage', value: 1000, isActive: false });
    await createCoupon(store.org, { code: 'SOON', type: 'fixed_amount', value: 100, startsAt: new Date(Date.now() + day) });
    await createCoupon(store.org, { code: 'OLD', type: 'fixed_amount', value: 100, endsAt: new Date(Date.now() - day) });
    await createCoupon(store.org, { code: 'BIG', type: 'fixed_amount', value: 100, minOrderAmount: 50_000 });
    await createCoupon(store.org, { code: 'GONE', type: 'fixed_amount', value: 100, usageLimit: 2, usedCount: 2 });
    await createCoupon(store.org, { code: 'SHIPFREE', type: 'free_shipping' });
  });

  it('applies a valid code typed in any case, capped at its maximum discount', async () => {
    const q = await quote({ lines: [{ variantId, quantity: 4 }], couponCode: '  save10 ', fulfilment: 'pickup' });
    expect(q.couponError).toBeUndefined();
    expect(q.snapshot).toMatchObject({ subtotal: 8000, discount: 300, total: 7700, coupon: { code: 'SAVE10', discount: 300 } });
  });

  it.each([
    ['NOPE', 'The code NOPE was not found. Check the spelling.'],
    ['off', 'The code OFF is no longer active.'],
    ['SOON', 'The code SOON is not valid yet.'],
    ['OLD', 'The code OLD has expired.'],
    ['BIG', 'The code BIG applies to orders from $500.00.'],
    ['GONE', 'The code GONE has reached its usage limit.'],
  ])('explains why %s cannot be used, and prices without it', async (code, message) => {
    const q = await quote({ couponCode: code, fulfilment: 'pickup' });
    expect(q.couponError).toBe(message);
    expect(q.snapshot).toMatchObject({ discount: 0, coupon: null, total: 4000 });
  });

  it('a free-shipping code zeroes the delivery cost', async () => {
    const q = await quote({ couponCode: 'SHIPFREE' });
    expect(q.snapshot).toMatchObject({ shipping: 0, total: 4000, coupon: { freeShipping: true } });
  });

  it('does not see another store’s codes', async () => {
    const other = await checkoutStore({ pickupEnabled: true });
    await createCoupon(other.org, { code: 'THEIRS', type: 'fixed_amount', value: 500 });
    expect((await quote({ couponCode: 'THEIRS', fulfilment: 'pickup' })).couponError).toBe('The code THEIRS was not found. Check the spelling.');
    const [theirs] = await withOrg(other.org.id, (tx) => tx.select().from(coupons).where(eq(coupons.code, 'THEIRS')));
    expect(theirs!.usedCount).toBe(0);
  });
});

describe('quoteCheckout: lines', () => {
  it('reports stock and quantity problems per line, in words', async () => {
    const low = await stockedProduct(store, 2, { name: 'Lamp' });
    const limited = await stockedProduct(store, 20, { name: 'Mug', maxOrderQuantity: 3 });
    const empty = await stockedProduct(store, 0, { name: 'Vase' });
    const q = await quote({
      lines: [
        { variantId: low.variant.id, quantity: 3 },
        { variantId: limited.variant.id, quantity: 4 },
        { variantId: empty.variant.id, quantity: 1 },
        { variantId: 'var_missing', quantity: 1 },
      ],
      fulfilment: 'pickup',
    });
    expect(q.lineProblems).toEqual([
      { variantId: low.variant.id, message: 'Only 2 of Lamp left in stock.' },
      { variantId: limited.variant.id, message: 'You can order at most 3 of Mug.' },
      { variantId: empty.variant.id, message: 'Vase is out of stock.' },
      { variantId: 'var_missing', message: 'This item is no longer available.' },
    ]);
  });
});

describe('getCheckoutOptions', () => {
  it('defaults to cash on delivery with tax-inclusive prices', async () => {
    const plain = await checkoutStore();
    expect(await getCheckoutOptions(plain.ctx)).toMatchObject({ cardAvailable: false, paymentMethods: ['cod'], pickupEnabled: false, pricesIncludeTax: true });
  });

  it('offers card only with an active Stripe account, and the methods the store switched on', async () => {
    const s = await checkoutStore({ cardEnabled: true, bankTransferEnabled: true, codEnabled: false, bankTransferInstructions: 'IBAN …' });
    expect(await getCheckoutOptions(s.ctx)).toMatchObject({ cardAvailable: false, paymentMethods: ['bank_transfer'], settings: { bankTransferInstructions: 'IBAN …' } });
    await withOrg(s.org.id, (tx) => tx.insert(paymentGateways).values({ organizationId: s.org.id, secretKeyEncrypted: 'x', webhookSecretEncrypted: 'x', secretKeyHint: '1234', mode: 'test' }));
    expect(await getCheckoutOptions(s.ctx)).toMatchObject({ cardAvailable: true, paymentMethods: ['card', 'bank_transfer'] });
    await setCheckoutSettings(s.org, { cardEnabled: false });
    expect((await getCheckoutOptions(s.ctx)).paymentMethods).toEqual(['bank_transfer']);
  });
});
