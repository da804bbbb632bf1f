import { currencyExponent } from '@/lib/money/money';

/**
 * Exchange-rate arithmetic on integers only. A rate is the decimal string Postgres keeps in
 * numeric(24,10) ("12650.5", "0.9213000000"); it is read as a BigInt scaled by 10^10, and every
 * division rounds half-up on the magnitude (ties away from zero), so -x converts to -(x converted).
 */
export const RATE_SCALE = 10;
const SCALE = 10n ** BigInt(RATE_SCALE);
const RATE_PATTERN = /^\s*(\d{1,14})(?:\.(\d{0,10}))?\s*$/;

/** "12650.5" → 126505000000000n (× 10^10); null when it is not a plain decimal with at most 10 decimals. */
export function parseRate(rate: string): bigint | null {
  const match = RATE_PATTERN.exec(rate);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return BigInt(whole!) * SCALE + BigInt(fraction.padEnd(RATE_SCALE, '0'));
}

/** A scaled rate back to its shortest decimal string: 126505000000000n → "12650.5". */
export function formatRate(scaled: bigint): string {
  const whole = scaled / SCALE;
  const fraction = (scaled % SCALE).toString().padStart(RATE_SCALE, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** n / d rounded half-up on the magnitude; d > 0. */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const q = (magnitude * 2n + d) / (2n * d);
  return negative ? -q : q;
}

function requireRate(rate: string): bigint {
  const scaled = parseRate(rate);
  if (scaled === null || scaled <= 0n) throw new RangeError(`Not a positive rate: ${rate}`);
  return scaled;
}

/**
 * `amountMinor` of `from` in minor units of `to`, at `rate` (1 `from` = rate `to`): each
 * currency's own minor digits, so 1000 USD cents at 12650.5 UZS is 12650500 tiyin, and 1
 * KWD (1000 fils) at 3.25 USD is 325 cents.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`Not an integer amount: ${amountMinor}`);
  const scaled = requireRate(rate);
  const numerator = BigInt(amountMinor) * scaled * 10n ** BigInt(currencyExponent(to));
  const denominator = SCALE * 10n ** BigInt(currencyExponent(from));
  const result = divideHalfUp(numerator, denominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`The converted amount is too large: ${result}`);
  }
  return Number(result);
}

/** 1 / rate to 10 decimals, rounded half-up: the quote→base rate when only base→quote is known. */
export function invertRate(rate: string): string {
  const scaled = requireRate(rate);
  const inverse = divideHalfUp(SCALE * SCALE, scaled);
  // A rate above 10^10 has an inverse below the scale's precision: keep the smallest step rather than 0.
  return formatRate(inverse > 0n ? inverse : 1n);
}
