import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateProportionally, couponDiscount, lineTax, priceOrder, type PricingCoupon, type PricingLine } from './pricing';

const line = (unitPrice: number, quantity: number, taxRateBps = 0, id = 'a'): PricingLine => ({
  productId: `prod_${id}`,
  variantId: `var_${id}`,
  name: `Item ${id}`,
  variantName: null,
  sku: null,
  unitPrice,
  quantity,
  taxRateBps,
});
const pickup = { method: 'pickup' as const, cost: 0 as const };
const delivery = (cost: number) => ({ method: 'delivery' as const, zoneId: 'dzn_1', zoneName: 'City', tariffId: 'dtf_1', tariffName: 'Standard', cost, estimatedHours: 24, weightGrams: 0 });
const coupon = (type: PricingCoupon['type'], value: number, maxDiscountAmount: number | null = null): PricingCoupon => ({ id: 'cpn_1', code: 'SAVE', type, value, maxDiscountAmount });

describe('priceOrder: worked examples', () => {
  it('extracts the tax contained in tax-inclusive prices, half up', () => {
    // 2000 × 1800 / 11800 = 305.08… → 305
    const s = priceOrder({ currency: 'USD', pricesIncludeTax: true, lines: [line(1000, 2, 1800)], coupon: null, delivery: pickup });
    expect(s).toMatchObject({ subtotal: 2000, discount: 0, tax: 305, shipping: 0, total: 2000 });
    expect(s.lines[0]).toMatchObject({ subtotal: 2000, discount: 0, tax: 305, total: 2000 });
  });

  it('adds the tax on top of tax-exclusive prices, and never taxes shipping', () => {
    const s = priceOrder({ currency: 'USD', pricesIncludeTax: false, lines: [line(1000, 2, 1800)], coupon: null, delivery: delivery(500) });
    expect(s).toMatchObject({ subtotal: 2000, tax: 360, shipping: 500, total: 2860 });
    expect(s.lines[0]!.total).toBe(2360);
  });

  it('rounds a percentage discount half up and spreads it over the lines by largest remainder', () => {
    const s = priceOrder({
      currency: 'USD',
      pricesIncludeTax: true,
      lines: [line(333, 1, 0, 'a'), line(333, 1, 0, 'b'), line(334, 1, 0, 'c')],
      coupon: coupon('percentage', 1000),
      delivery: pickup,
    });
    expect(s.discount).toBe(100);
    expect(s.lines.map((l) => l.discount)).toEqual([33, 33, 34]);
    expect(s.total).toBe(900);
    expect(couponDiscount(125, coupon('percentage', 1000))).toBe(13); // 12.5 → 13
    expect(couponDiscount(124, coupon('percentage', 1000))).toBe(12); // 12.4 → 12
  });

  it('taxes the discounted amount of each line', () => {
    // 20 % off 5000 → 1000 off; taxable 4000 at 10 % exclusive → 400.
    const s = priceOrder({ currency: 'USD', pricesIncludeTax: false, lines: [line(2500, 2, 1000)], coupon: coupon('percentage', 2000), delivery: pickup });
    expect(s).toMatchObject({ subtotal: 5000, discount: 1000, tax: 400, total: 4400 });
  });

  it('caps a percentage at the maximum discount and a fixed amount at the subtotal', () => {
    expect(couponDiscount(100_000, coupon('percentage', 5000, 2000))).toBe(2000);
    expect(couponDiscount(1500, coupon('fixed_amount', 2000))).toBe(1500);
    expect(couponDiscount(5000, coupon('fixed_amount', 2000))).toBe(2000);
    const s = priceOrder({ currency: 'USD', pricesIncludeTax: true, lines: [line(1500, 1, 1800)], coupon: coupon('fixed_amount', 2000), delivery: delivery(300) });
    expect(s).toMatchObject({ subtotal: 1500, discount: 1500, tax: 0, shipping: 300, total: 300 });
  });

  it('zeroes the shipping for a free-shipping coupon without discounting the goods', () => {
    const s = priceOrder({ currency: 'USD', pricesIncludeTax: true, lines: [line(1000, 1)], coupon: coupon('free_shipping', 0), delivery: delivery(700) });
    expect(s).toMatchObject({ discount: 0, shipping: 0, total: 1000, delivery: { cost: 0 }, coupon: { freeShipping: true, discount: 0 } });
  });

  it('stays exact beyond 2^53 intermediate products (large amount × basis points)', () => {
    const s = priceOrder({ currency: 'USD', pricesIncludeTax: false, lines: [line(900_000_000_000, 9, 2500)], coupon: null, delivery: pickup });
    expect(s.tax).toBe(2_025_000_000_000);
    expect(lineTax(999_999_999_999, 1, true)).toBe(99_990_001); // 999_999_999_999 / 10_001 = 99_990_000.9999… → 99_990_001
  });

  it('refuses negative or fractional amounts rather than pricing them', () => {
    expect(() => priceOrder({ currency: 'USD', pricesIncludeTax: true, lines: [line(-1, 1)], coupon: null, delivery: pickup })).toThrow(RangeError);
    expect(() => priceOrder({ currency: 'USD', pricesIncludeTax: true, lines: [line(10.5, 1)], coupon: null, delivery: pickup })).toThrow(RangeError);
  });
});

const arbLine = fc.record({
  unitPrice: fc.integer({ min: 0, max: 50_000_000 }),
  quantity: fc.integer({ min: 1, max: 500 }),
  taxRateBps: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3000 })),
});
const arbCoupon = fc.option(
  fc.oneof(
    fc.record({ type: fc.constant('percentage' as const), value: fc.integer({ min: 0, max: 10_000 }), maxDiscountAmount: fc.option(fc.integer({ min: 0, max: 10_000_000 })) }),
    fc.record({ type: fc.constant('fixed_amount' as const), value: fc.integer({ min: 0, max: 100_000_000 }), maxDiscountAmount: fc.constant(null) }),
    fc.record({ type: fc.constant('free_shipping' as const), value: fc.constant(0), maxDiscountAmount: fc.constant(null) }),
  ),
);
const arbOrder = fc.record({
  lines: fc.array(arbLine, { minLength: 1, maxLength: 12 }),
  coupon: arbCoupon,
  shipping: fc.integer({ min: 0, max: 1_000_000 }),
  pricesIncludeTax: fc.boolean(),
});

describe('priceOrder: properties', () => {
  it('lines always reconcile with the order totals', () => {
    fc.assert(
      fc.property(arbOrder, (o) => {
        const s = priceOrder({
          currency: 'USD',
          pricesIncludeTax: o.pricesIncludeTax,
          lines: o.lines.map((l, i) => line(l.unitPrice, l.quantity, l.taxRateBps, String(i))),
          coupon: o.coupon ? { id: 'cpn', code: 'X', ...o.coupon } : null,
          delivery: delivery(o.shipping),
        });
        const sum = (f: (l: (typeof s.lines)[number]) => number) => s.lines.reduce((a, l) => a + f(l), 0);
        expect(sum((l) => l.subtotal)).toBe(s.subtotal);
        expect(sum((l) => l.discount)).toBe(s.discount);
        expect(sum((l) => l.tax)).toBe(s.tax);
        expect(sum((l) => l.total) + s.shipping).toBe(s.total);
        expect(s.discount).toBeLessThanOrEqual(s.subtotal);
        for (const l of s.lines) {
          expect(l.subtotal).toBe(l.unitPrice * l.quantity);
          expect(l.discount).toBeGreaterThanOrEqual(0);
          expect(l.discount).toBeLessThanOrEqual(l.subtotal);
          expect(l.tax).toBeGreaterThanOrEqual(0);
          expect(l.total).toBeGreaterThanOrEqual(0);
          if (s.pricesIncludeTax) expect(l.tax).toBeLessThanOrEqual(l.subtotal - l.discount);
          expect(l.total).toBe(l.subtotal - l.discount + (s.pricesIncludeTax ? 0 : l.tax));
        }
        if (s.pricesIncludeTax) expect(s.total).toBe(s.subtotal - s.discount + s.shipping);
        else expect(s.total).toBe(s.subtotal - s.discount + s.tax + s.shipping);
        expect(s.shipping).toBe(o.coupon?.type === 'free_shipping' ? 0 : o.shipping);
        expect(s.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('a percentage discount is within half a minor unit of the exact share, before its cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }), (subtotal, bps) => {
        const d = couponDiscount(subtotal, { type: 'percentage', value: bps, maxDiscountAmount: null });
        // |d − subtotal × bps / 10000| <= 1/2, in integers: |20000·d − 2·subtotal·bps| <= 10000
        const diff = 20_000n * BigInt(d) - 2n * BigInt(subtotal) * BigInt(bps);
        expect(diff <= 10_000n && diff > -10_000n).toBe(true);
      }),
    );
  });

  it('allocation sums exactly, never exceeds a weight, and follows the proportions within one unit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (weights, fraction) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const total = Math.floor(sum * fraction);
        const shares = allocateProportionally(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        shares.forEach((share, i) => {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(weights[i]!);
          const exact = (BigInt(total) * BigInt(weights[i]!)) / BigInt(Math.max(sum, 1));
          expect(BigInt(share) - exact >= 0n && BigInt(share) - exact <= 1n).toBe(true);
        });
      }),
    );
  });

  it('inclusive tax is what exclusive tax would add to the net price, within rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 5000 }), (net, bps) => {
        const gross = net + lineTax(net, bps, false);
        expect(Math.abs(lineTax(gross, bps, true) - (gross - net))).toBeLessThanOrEqual(1);
      }),
    );
  });
});
