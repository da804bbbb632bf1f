import { z } from 'zod';
import { currencyExponent, parseDecimalAmount, toDecimalString } from '@/lib/money/money';
import type { FieldErrors } from '@/lib/server/errors';

/**
 * Money typed as decimal text in the organization's currency ("12.50"). Schemas keep the text
 * (so the form and the server action share one schema); the verb, which knows the currency,
 * turns it into minor units with `parseAmounts` and refuses more decimals than the currency has.
 * Client-safe.
 */
export const MAX_AMOUNT = 999_999_999_999;
const DECIMAL = /^\d+(?:[.,]\d*)?$/;

/** Decimal text; '' allowed unless `required` gives the message for it. */
export function decimalText(required?: string) {
  return z
    .string({ error: 'Enter an amount.' })
    .trim()
    .max(24, 'That amount is too large.')
    .superRefine((v, ctx) => {
      if (v === '') {
        if (required) ctx.addIssue({ code: 'custom', message: required });
      } else if (!DECIMAL.test(v)) {
        ctx.addIssue({ code: 'custom', message: 'Enter an amount such as 12.50 (digits and one decimal point).' });
      }
    });
}

/** "Enter an amount like 12.50, with at most 2 decimal places." in the currency's own digits. */
export function amountFormatMessage(currency: string): string {
  const digits = currencyExponent(currency);
  const example = digits === 0 ? '1250' : `12.${'5'.padEnd(digits, '0')}`;
  return digits === 0
    ? `Enter a whole amount, like ${example} (${currency} has no decimal places).`
    : `Enter an amount like ${example}, with at most ${digits} decimal place${digits === 1 ? '' : 's'}.`;
}

/** One decimal field in minor units: null for '', undefined when it is not a valid amount. */
export function parseAmount(value: string, currency: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const minor = parseDecimalAmount(text, currency);
  return minor === null || minor < 0 || minor > MAX_AMOUNT ? undefined : minor;
}

/** Minor units of each named field ('' → null), and a message per field that is not an amount. */
export function parseAmounts<K extends string>(input: Record<K, string>, keys: readonly K[], currency: string) {
  const values = {} as Record<K, number | null>;
  const problems: FieldErrors = {};
  for (const key of keys) {
    const parsed = parseAmount(input[key], currency);
    if (parsed === undefined) {
      const minor = parseDecimalAmount(input[key].trim(), currency);
      problems[key] = [minor !== null && minor > MAX_AMOUNT ? 'That amount is too large.' : amountFormatMessage(currency)];
      values[key] = null;
    } else {
      values[key] = parsed;
    }
  }
  return { values, problems, ok: Object.keys(problems).length === 0 };
}

/** For a form schema that knows the currency: the same checks as the verb, as zod issues. */
export function amountIssues<K extends string>(keys: readonly K[], currency: string) {
  return (input: Record<K, string>, ctx: z.RefinementCtx) => {
    for (const [path, messages] of Object.entries(parseAmounts(input, keys, currency).problems)) {
      // Text that is not a decimal at all already has its own message.
      if (DECIMAL.test(input[path as K].trim())) ctx.addIssue({ code: 'custom', path: [path], message: messages![0]! });
    }
  };
}

/** Minor units back to the text a form field shows ('' for null). */
export function amountText(minor: number | null, currency: string): string {
  return minor === null ? '' : toDecimalString(minor, currency);
}
