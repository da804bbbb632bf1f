import { z } from 'zod';
import { currencyExponent, parseDecimalAmount, toDecimalString } from '@/lib/money/money';
import { PRODUCT_STATUSES } from '@/db/schema/values';
import { TAG_SEPARATOR } from './format';

/**
 * Zod schemas for single CSV cells: a (trimmed) string in, the stored value out. Empty cells
 * are null (or a column's default) so "present but empty" clears an optional field.
 */
class Problem {
  constructor(readonly message: string) {}
}

function cell<T>(parse: (value: string) => T | Problem) {
  return z.string().transform((raw, ctx) => {
    const out = parse(raw.trim());
    if (out instanceof Problem) {
      ctx.addIssue({ code: 'custom', message: out.message });
      return z.NEVER;
    }
    return out;
  });
}

const INT_MAX = 2_147_483_647;

/** "1.25" with 3 digits → 1250; null when not a plain non-negative decimal with ≤ digits decimals. */
export function parseScaled(value: string, digits: number): number | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(value);
  if (!match || (match[2] ?? '').length > digits) return null;
  const n = Number(`${match[1]}${(match[2] ?? '').padEnd(digits, '0')}`);
  return Number.isSafeInteger(n) ? n : null;
}

export const text = (max: number) =>
  cell((v) => (v.length > max ? new Problem(`Use at most ${max} characters.`) : v || null));

export const money = (currency: string) => {
  const digits = currencyExponent(currency);
  const example = toDecimalString(1250 * 10 ** Math.max(0, digits - 2), currency);
  return cell((v) => {
    if (!v) return null;
    const minor = parseDecimalAmount(v, currency);
    if (minor === null) {
      return new Problem(digits === 0 ? `Enter a whole amount in ${currency}, like ${example}.` : `Enter an amount like ${example}, with at most ${digits} decimals (${currency}).`);
    }
    return minor < 0 ? new Problem('Enter 0 or more.') : minor;
  });
};

/** A decimal with `digits` decimals, stored scaled (kg → g, cm → mm, percent → basis points). */
export const scaled = (digits: number, unit: string, max = INT_MAX) =>
  cell((v) => {
    if (!v) return null;
    const n = parseScaled(v, digits);
    if (n === null) return new Problem(`Enter a number of ${unit} (0 or more, at most ${digits} decimals).`);
    return n > max ? new Problem(`Enter at most ${max / 10 ** digits} ${unit}.`) : n;
  });

export const integer = (min: number) =>
  cell((v) => {
    if (!v) return null;
    if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(Number(v)) || Math.abs(Number(v)) > INT_MAX) return new Problem('Enter a whole number.');
    return Number(v) < min ? new Problem(`Enter ${min} or more.`) : Number(v);
  });

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);
export const bool = cell((v) => {
  if (!v) return null;
  const lower = v.toLowerCase();
  return YES.has(lower) ? true : NO.has(lower) ? false : new Problem('Enter yes or no.');
});

export const status = cell((v) => {
  if (!v) return null;
  const value = v.toLowerCase().replace(/[\s-]+/g, '_');
  return (PRODUCT_STATUSES as readonly string[]).includes(value)
    ? (value as (typeof PRODUCT_STATUSES)[number])
    : new Problem(`Use one of: ${PRODUCT_STATUSES.join(', ')}.`);
});

export const tags = cell((v) => {
  const seen = new Map<string, string>();
  for (const tag of v.split(TAG_SEPARATOR).map((t) => t.trim()).filter(Boolean)) {
    if (tag.length > 50) return new Problem(`Keep each tag under 50 characters ("${tag.slice(0, 20)}…").`);
    if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return seen.size > 50 ? new Problem('Use at most 50 tags.') : [...seen.values()];
});

export const categorySlug = cell((v) => (v ? v.toLowerCase() : null));
