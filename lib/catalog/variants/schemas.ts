import { z } from 'zod';
import { parseDecimalAmount } from '@/lib/money/money';

export const MAX_OPTIONS = 3;
export const MAX_OPTION_VALUES = 50;
export const MAX_VARIANTS = 250;

const Id = z.string().trim().min(1, 'Missing id.').max(100);
const fold = (s: string) => s.trim().toLocaleLowerCase();

/** Indexes of entries that repeat an earlier one, ignoring case (so "Red" and "red" are one value). */
function repeats(list: string[]): number[] {
  const seen = new Set<string>();
  return list.flatMap((item, i) => (seen.has(fold(item)) ? [i] : (seen.add(fold(item)), [])));
}

export const OptionValue = z.string().trim().min(1, 'Values cannot be empty.').max(60, 'Use at most 60 characters per value.');

export const ProductOptionInput = z.object({
  name: z.string().trim().min(1, 'Name this option (e.g. Size).').max(40, 'Use at most 40 characters.'),
  values: z
    .array(OptionValue)
    .min(1, 'Add at least one value.')
    .max(MAX_OPTION_VALUES, `Use at most ${MAX_OPTION_VALUES} values per option.`)
    .superRefine((values, ctx) => {
      for (const i of repeats(values)) ctx.addIssue({ code: 'custom', path: [i], message: `"${values[i]}" is listed twice.` });
    }),
});
export type ProductOptionInput = z.infer<typeof ProductOptionInput>;

/** How many variants a set of options makes (1 for none: the default variant). */
export function matrixSize(options: { values: unknown[] }[]): number {
  return options.reduce((n, option) => n * option.values.length, 1);
}

export const SetProductOptionsInput = z
  .object({
    productId: Id,
    options: z.array(ProductOptionInput).max(MAX_OPTIONS, `A product can have at most ${MAX_OPTIONS} options.`),
  })
  .superRefine(({ options }, ctx) => {
    for (const i of repeats(options.map((o) => o.name))) {
      ctx.addIssue({ code: 'custom', path: ['options', i, 'name'], message: 'Each option needs its own name.' });
    }
    const size = matrixSize(options);
    if (size > MAX_VARIANTS) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `That makes ${size} variants; the limit is ${MAX_VARIANTS}.` });
    }
  });
export type SetProductOptionsInput = z.infer<typeof SetProductOptionsInput>;

/**
 * A variant's price: an absolute price, or a signed adjustment to the product's price. The
 * amount is a decimal string in the product's currency; verbs convert it to minor units
 * (`variantPriceColumns`), since only they know the currency.
 */
export const VariantPriceInput = z.object({
  mode: z.enum(['fixed', 'adjustment'], { error: 'Choose a price or an adjustment.' }),
  amount: z.string().trim().regex(/^-?\d{1,12}([.,]\d*)?$/, 'Enter an amount such as 12.50.'),
});
export type VariantPriceInput = z.infer<typeof VariantPriceInput>;

/** The same check with the currency's minor digits, for a form that knows the currency. */
export function priceAmountProblem(price: VariantPriceInput, currency: string): string | null {
  const minor = parseDecimalAmount(price.amount, currency);
  if (minor === null) return 'Enter an amount such as 12.50 (no more decimals than the currency has).';
  if (price.mode === 'fixed' && minor < 0) return 'A price cannot be negative.';
  return null;
}

const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).optional();

/** Fields left out stay as they are (the table changes one at a time, the dialog all at once). */
export const UpdateVariantInput = z.object({
  variantId: Id,
  sku: optionalText(64),
  barcode: optionalText(64),
  price: VariantPriceInput.optional(),
  imageId: Id.nullable().optional(),
  isActive: z.boolean().optional(),
});
export type UpdateVariantInput = z.infer<typeof UpdateVariantInput>;

export const BulkUpdateVariantsInput = z
  .object({
    productId: Id,
    variantIds: z.array(Id).min(1, 'Select at least one variant.').max(MAX_VARIANTS),
    price: VariantPriceInput.optional(),
    isActive: z.boolean().optional(),
  })
  .refine((input) => input.price !== undefined || input.isActive !== undefined, 'Choose what to change.');
export type BulkUpdateVariantsInput = z.infer<typeof BulkUpdateVariantsInput>;
