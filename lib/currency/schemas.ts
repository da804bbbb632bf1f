import { z } from 'zod';
import { PageParam } from '@/lib/server/list-query';
import { parseRate } from './rate-math';

/** ISO 4217 codes the runtime knows (so their minor digits are known too). */
export const CURRENCY_CODES: readonly string[] = Intl.supportedValuesOf('currency');
const KNOWN = new Set(CURRENCY_CODES);

export const CurrencyCode = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => KNOWN.has(code), 'Use a three-letter ISO 4217 currency code, such as USD.');

/** A positive decimal with at most 14 digits before the point and 10 after (numeric(24,10)). */
export const RateString = z
  .string()
  .trim()
  .refine((rate) => parseRate(rate) !== null, 'Write the rate as a plain decimal with at most 10 decimals, such as 12650.25.')
  .refine((rate) => (parseRate(rate) ?? 0n) > 0n, 'The rate must be greater than 0.');

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Whether `day` is YYYY-MM-DD and that day exists (2025-02-30 does not). */
export function isCalendarDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** A calendar day, YYYY-MM-DD, that exists. */
export const Day = z.string().trim().refine(isCalendarDay, 'Use a date such as 2025-03-31.');

export const SetRateInput = z
  .object({
    base: CurrencyCode,
    quote: CurrencyCode,
    rate: RateString,
    effectiveOn: Day,
  })
  .refine((input) => input.base !== input.quote, {
    path: ['quote'],
    message: 'Choose a currency other than the base.',
  });
export type SetRateInput = z.infer<typeof SetRateInput>;

/** 1 MB of CSV is about 25 000 rows: far more than anyone types, small enough for one request. */
export const MAX_CSV_CHARS = 1_000_000;
export const ImportRatesInput = z.object({
  csv: z.string().min(1, 'Choose a CSV file or paste its text.').max(MAX_CSV_CHARS, 'Keep the file under 1 MB; split it if needed.'),
});
export type ImportRatesInput = z.infer<typeof ImportRatesInput>;

// List filters come from the URL: anything malformed falls back to "no filter".
const optionalCode = CurrencyCode.optional().catch(undefined);
const optionalDay = Day.optional().catch(undefined);

export const ListRatesFilters = z.object({
  base: optionalCode,
  quote: optionalCode,
  from: optionalDay,
  to: optionalDay,
  page: PageParam,
});
export type ListRatesFilters = z.infer<typeof ListRatesFilters>;
