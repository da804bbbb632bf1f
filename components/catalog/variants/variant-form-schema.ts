import { toDecimalString } from '@/lib/money/money';
import { priceAmountProblem, UpdateVariantInput, VariantPriceInput } from '@/lib/catalog/variants/schemas';
import type { VariantView } from './types';

/** The edit dialog's schema: the action's input with a price always present and checked against the currency's digits. */
export function variantFormSchema(currency: string) {
  return UpdateVariantInput.extend({ price: VariantPriceInput }).superRefine((values, ctx) => {
    const problem = priceAmountProblem(values.price, currency);
    if (problem) ctx.addIssue({ code: 'custom', path: ['price', 'amount'], message: problem });
  });
}

export function variantFormValues(variant: VariantView, currency: string) {
  return {
    variantId: variant.id,
    sku: variant.sku ?? '',
    barcode: variant.barcode ?? '',
    price:
      variant.price !== null
        ? { mode: 'fixed' as const, amount: toDecimalString(variant.price, currency) }
        : { mode: 'adjustment' as const, amount: toDecimalString(variant.priceAdjustment, currency) },
  };
}
