import { parseDecimalAmount } from '../../../lib/money/money';

/** A demo price in major units ("49.99") as minor units of the currency, exactly. */
export function minor(major: number, currency: string): number {
  const value = parseDecimalAmount(String(major), currency);
  if (value === null) throw new Error(`Bad demo price ${major} ${currency}`);
  return value;
}

/** The demo's cost price: 45 % of the selling price, in whole minor units, halves rounded up. */
export function costPriceOf(priceMinor: number): number {
  return Number((BigInt(priceMinor) * 45n + 50n) / 100n);
}
