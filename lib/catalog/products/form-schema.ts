import { z } from 'zod';
import { currencyExponent, parseDecimalAmount, toDecimalString } from '@/lib/money/money';
import { productFields, productRules } from './schemas';
import { parseScaled, UNIT_DECIMALS } from './units';

/**
 * The product editor's schema: numbers are typed as decimal strings in the units a merchant
 * thinks in (the organization's currency, %, kg, cm) and come out as the server's integers
 * (minor units, basis points, grams, millimetres), under the same field names. Its output is
 * exactly what the server action takes, so the client sends integers, never floats.
 */
type Parse = (value: string) => number | null;

function typed(parse: Parse, badFormat: string, required: string | null) {
  return z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (value === '') {
      if (required === null) return null;
      ctx.addIssue({ code: 'custom', message: required });
      return z.NEVER;
    }
    const parsed = parse(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: badFormat });
      return z.NEVER;
    }
    return parsed;
  });
}

function amountFormat(currency: string): string {
  const digits = currencyExponent(currency);
  const example = toDecimalString(1250 * 10 ** Math.max(0, 2 - digits), currency);
  return digits === 0
    ? `Enter a whole amount, like ${example} (${currency} has no decimal places).`
    : `Enter an amount like ${example}, with at most ${digits} decimal places.`;
}

const scaled =
  (decimals: number): Parse =>
  (value) =>
    parseScaled(value, decimals);

const decimalsMessage = (unit: string, decimals: number, stored: string) =>
  `Enter ${unit} with at most ${decimals} decimal place${decimals === 1 ? '' : 's'} (whole ${stored}).`;

export function productFormSchema(currency: string) {
  const money: Parse = (value) => parseDecimalAmount(value, currency);
  const amount = amountFormat(currency);
  const wholeNumber = 'Enter a whole number.';
  return z
    .object({
      ...productFields,
      basePrice: typed(money, amount, 'Enter the price.').pipe(productFields.basePrice),
      salePrice: typed(money, amount, null).pipe(productFields.salePrice),
      costPrice: typed(money, amount, null).pipe(productFields.costPrice),
      taxRateBps: typed(
        scaled(UNIT_DECIMALS.taxPercent),
        'Enter a percentage with at most 2 decimal places, like 18 or 7.25.',
        'Enter a tax rate (0 for none).',
      ).pipe(productFields.taxRateBps),
      weightGrams: typed(scaled(UNIT_DECIMALS.weightKg), decimalsMessage('kilograms', 3, 'grams'), null).pipe(productFields.weightGrams),
      lengthMm: typed(scaled(UNIT_DECIMALS.lengthCm), decimalsMessage('centimetres', 1, 'millimetres'), null).pipe(productFields.lengthMm),
      widthMm: typed(scaled(UNIT_DECIMALS.lengthCm), decimalsMessage('centimetres', 1, 'millimetres'), null).pipe(productFields.widthMm),
      heightMm: typed(scaled(UNIT_DECIMALS.lengthCm), decimalsMessage('centimetres', 1, 'millimetres'), null).pipe(productFields.heightMm),
      minOrderQuantity: typed(scaled(0), wholeNumber, 'Enter a minimum (1 or more).').pipe(productFields.minOrderQuantity),
      maxOrderQuantity: typed(scaled(0), wholeNumber, null).pipe(productFields.maxOrderQuantity),
      lowStockThreshold: typed(scaled(0), wholeNumber, 'Enter a threshold (0 for none).').pipe(productFields.lowStockThreshold),
    })
    .superRefine(productRules);
}

export type ProductFormSchema = ReturnType<typeof productFormSchema>;
/** What the editor's inputs hold. */
export type ProductFormValues = z.input<ProductFormSchema>;
