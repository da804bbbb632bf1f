/**
 * Decimal strings people type (kg, cm, percent) to the integers the database stores (grams,
 * millimetres, basis points), digit by digit, never through floats. A value with more decimals
 * than the stored unit can hold is refused, not rounded: "1.2345 kg" is not a whole number of grams.
 */
export function parseScaled(input: string, decimals: number): number | null {
  const match = /^\s*(\d+)(?:[.,](\d*))?\s*$/.exec(input);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  if (fraction.length > decimals) return null;
  const value = Number(`${whole}${fraction.padEnd(decimals, '0')}`);
  return Number.isSafeInteger(value) ? value : null;
}

/** 1500 (grams, 3 decimals) → "1.5"; 1800 (bps, 2) → "18"; the inverse of parseScaled for form defaults. */
export function toScaledString(value: number, decimals: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not a non-negative integer: ${value}`);
  if (decimals === 0) return String(value);
  const digits = String(value).padStart(decimals + 1, '0');
  const fraction = digits.slice(-decimals).replace(/0+$/, '');
  return fraction ? `${digits.slice(0, -decimals)}.${fraction}` : digits.slice(0, -decimals);
}

/** Stored unit = typed unit × 10^decimals. */
export const UNIT_DECIMALS = { taxPercent: 2, weightKg: 3, lengthCm: 1, quantity: 0 } as const;
