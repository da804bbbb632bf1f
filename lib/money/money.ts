/**
 * Money is an integer count of minor units beside an ISO 4217 code. These helpers convert
 * between that and what people read and type, without floating point: the number of minor
 * digits comes from Intl, and decimal strings are parsed digit by digit.
 */
const exponents = new Map<string, number>();

/** Minor digits of a currency: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  let digits = exponents.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(code, digits);
  }
  return digits;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "$12.50", "12 500,00 soʻm": the amount in the currency's own minor digits and the locale's style. */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    const digits = currencyExponent(currency);
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  // Intl accepts a decimal string exactly (no float rounding) for any size of amount.
  return format.format(toDecimalString(minor, currency) as unknown as number);
}

/** 1250 USD → "12.50"; 1250 JPY → "1250". The plain form a price input shows. */
export function toDecimalString(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an integer amount: ${minor}`);
  const digits = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/**
 * "12.5" USD → 1250. Accepts an optional sign, digits, and one decimal point or comma with at
 * most the currency's minor digits; anything else (more digits, letters, grouping) is null.
 */
export function parseDecimalAmount(input: string, currency: string): number | null {
  const digits = currencyExponent(currency);
  const match = /^\s*(-?)(\d+)(?:[.,](\d*))?\s*$/.exec(input);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return null;
  return sign ? -minor : minor;
}

/** Basis points of a percent (1800) → "18%" / "18.5%". */
export function formatRateBps(bps: number): string {
  return `${toDecimalString(bps, 'USD').replace(/\.?0+$/, '')}%`;
}
