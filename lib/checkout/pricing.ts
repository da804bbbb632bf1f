import type { OrderPriceSnapshot, PriceSnapshotLine } from '@/db/schema/orders/orders';

/**
 * The checkout's money arithmetic: pure, client-safe, integer minor units only. Products
 * (BigInt inside) so that amount × basis points never leaves the safe-integer range, and every
 * rounding is named: half-up, on non-negative amounts, via integer division.
 *
 * Order of operations:
 * 1. line subtotal = unit price × quantity; order subtotal = Σ line subtotals;
 * 2. the coupon's discount is computed on the order subtotal, then allocated over the lines in
 *    proportion to their subtotals (largest remainder), so Σ line discounts == order discount;
 * 3. tax per line on (subtotal − discount): extracted from it when prices include tax
 *    (× bps / (10000 + bps)), added to it when they exclude tax (× bps / 10000), half-up;
 * 4. line total = subtotal − discount (+ tax when prices exclude tax);
 * 5. order total = Σ line totals + shipping. Shipping is not taxed (the stores we serve quote
 *    delivery as a flat service charge; a taxed delivery would be a tax line of its own).
 */

export type PricingLine = Omit<PriceSnapshotLine, 'subtotal' | 'discount' | 'tax' | 'total'>;

export type PricingCoupon = {
  id: string;
  code: string;
  type: 'percentage' | 'fixed_amount' | 'free_shipping';
  /** Basis points for a percentage (1500 = 15 %), minor units for a fixed amount. */
  value: number;
  maxDiscountAmount: number | null;
};

export type PriceOrderInput = {
  currency: string;
  pricesIncludeTax: boolean;
  lines: PricingLine[];
  coupon: PricingCoupon | null;
  /** The delivery as chosen, with its cost before a free-shipping coupon. */
  delivery: OrderPriceSnapshot['delivery'];
};

const BPS = 10_000n;

function toSafe(value: bigint, what: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} is too large: ${value}`);
  return n;
}

function checkAmount(value: number, what: string) {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
}

/** round(numerator / denominator), halves up; both non-negative. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) throw new RangeError('divideHalfUp needs a non-negative numerator and a positive denominator');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * The coupon's discount on the goods: a percentage rounds half up (12.5 cents → 13), then is
 * capped by the coupon's maximum; a fixed amount is its value. Never more than the subtotal.
 * Free shipping discounts no goods (it zeroes the shipping instead).
 */
export function couponDiscount(subtotal: number, coupon: Pick<PricingCoupon, 'type' | 'value' | 'maxDiscountAmount'> | null): number {
  checkAmount(subtotal, 'subtotal');
  if (!coupon || coupon.type === 'free_shipping') return 0;
  checkAmount(coupon.value, 'coupon value');
  let discount = coupon.type === 'percentage' ? toSafe(divideHalfUp(BigInt(subtotal) * BigInt(coupon.value), BPS), 'discount') : coupon.value;
  if (coupon.maxDiscountAmount !== null) discount = Math.min(discount, coupon.maxDiscountAmount);
  return Math.max(0, Math.min(discount, subtotal));
}

/**
 * Splits `total` over `weights` in proportion (largest-remainder method): each share is the
 * floor of its exact part, and the units left over go one each to the largest remainders
 * (earlier lines first on a tie). The shares always sum to `total`, and with total <= Σ weights
 * no share exceeds its weight.
 */
export function allocateProportionally(total: number, weights: number[]): number[] {
  checkAmount(total, 'total');
  weights.forEach((w) => checkAmount(w, 'weight'));
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (total === 0 || sum === 0n) {
    if (total !== 0) throw new RangeError('Cannot allocate an amount over nothing');
    return weights.map(() => 0);
  }
  const exact = weights.map((w) => BigInt(total) * BigInt(w));
  const shares = exact.map((e) => e / sum);
  let left = BigInt(total) - shares.reduce((s, x) => s + x, 0n);
  const byRemainder = exact
    .map((e, i) => ({ i, remainder: e % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares.map((s) => toSafe(s, 'share'));
}

/** Tax on a line's taxable amount, half-up: contained in it (inclusive) or on top of it (exclusive). */
export function lineTax(taxable: number, taxRateBps: number, pricesIncludeTax: boolean): number {
  checkAmount(taxable, 'taxable amount');
  checkAmount(taxRateBps, 'tax rate');
  if (taxRateBps === 0) return 0;
  const bps = BigInt(taxRateBps);
  const tax = pricesIncludeTax ? divideHalfUp(BigInt(taxable) * bps, BPS + bps) : divideHalfUp(BigInt(taxable) * bps, BPS);
  return toSafe(tax, 'tax');
}

export function lineSubtotal(line: Pick<PricingLine, 'unitPrice' | 'quantity'>): number {
  checkAmount(line.unitPrice, 'unit price');
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) throw new RangeError(`quantity must be a positive integer, got ${line.quantity}`);
  return toSafe(BigInt(line.unitPrice) * BigInt(line.quantity), 'line subtotal');
}

export function orderSubtotal(lines: Pick<PricingLine, 'unitPrice' | 'quantity'>[]): number {
  return toSafe(lines.reduce((s, l) => s + BigInt(lineSubtotal(l)), 0n), 'subtotal');
}

/** Prices an order: the snapshot frozen into it when placed (see the steps above). */
export function priceOrder(input: PriceOrderInput): OrderPriceSnapshot {
  const subtotals = input.lines.map(lineSubtotal);
  const subtotal = toSafe(subtotals.reduce((s, x) => s + BigInt(x), 0n), 'subtotal');
  const discount = couponDiscount(subtotal, input.coupon);
  const discounts = allocateProportionally(discount, subtotals);

  const lines: PriceSnapshotLine[] = input.lines.map((line, i) => {
    const lineDiscount = discounts[i]!;
    const taxable = subtotals[i]! - lineDiscount;
    const tax = lineTax(taxable, line.taxRateBps, input.pricesIncludeTax);
    return { ...line, subtotal: subtotals[i]!, discount: lineDiscount, tax, total: input.pricesIncludeTax ? taxable : taxable + tax };
  });

  const freeShipping = input.coupon?.type === 'free_shipping';
  checkAmount(input.delivery.cost, 'shipping');
  const shipping = freeShipping ? 0 : input.delivery.cost;
  const sum = (pick: (l: PriceSnapshotLine) => number) => toSafe(lines.reduce((s, l) => s + BigInt(pick(l)), 0n), 'total');
  return {
    currency: input.currency,
    pricesIncludeTax: input.pricesIncludeTax,
    lines,
    subtotal,
    discount,
    tax: sum((l) => l.tax),
    shipping,
    total: toSafe(BigInt(sum((l) => l.total)) + BigInt(shipping), 'total'),
    coupon: input.coupon
      ? { id: input.coupon.id, code: input.coupon.code, type: input.coupon.type, value: input.coupon.value, discount, freeShipping }
      : null,
    delivery: input.delivery.method === 'pickup' ? input.delivery : { ...input.delivery, cost: shipping },
  };
}
