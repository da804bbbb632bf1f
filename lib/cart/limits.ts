/**
 * How many units of a variant one cart line may hold (client-safe, pure): at least the product's
 * minimum, at most its maximum and, unless it takes backorders, the units available now.
 */
export type QuantityRule = { minOrderQuantity: number; maxOrderQuantity: number | null; allowBackorder: boolean };
export type QuantityLimits = { min: number; max: number | null };

export type LineProblemKind = 'unavailable' | 'out_of_stock' | 'insufficient_stock' | 'above_max' | 'below_min';
export type LineProblem = { kind: LineProblemKind; message: string };

export function quantityLimits(rule: QuantityRule, available: number): QuantityLimits {
  const caps = [rule.maxOrderQuantity, rule.allowBackorder ? null : Math.max(0, available)].filter((n): n is number => n !== null);
  return { min: Math.max(1, rule.minOrderQuantity), max: caps.length > 0 ? Math.min(...caps) : null };
}

const stockBound = (rule: QuantityRule, available: number) =>
  !rule.allowBackorder && (rule.maxOrderQuantity === null || available < rule.maxOrderQuantity);

/** What is wrong with `quantity` of a variant that is still sold, or null. */
export function quantityProblem(rule: QuantityRule, available: number, quantity: number): LineProblem | null {
  const { min, max } = quantityLimits(rule, available);
  if (!rule.allowBackorder && available <= 0) return { kind: 'out_of_stock', message: 'Out of stock: remove it to check out.' };
  if (max !== null && quantity > max) {
    return stockBound(rule, available)
      ? { kind: 'insufficient_stock', message: `Only ${available} left: reduce the quantity to ${available} or fewer.` }
      : { kind: 'above_max', message: `You can order at most ${max}: reduce the quantity.` };
  }
  if (quantity < min) return { kind: 'below_min', message: `The minimum order is ${min}: increase the quantity.` };
  return null;
}

/** Why `adding` more units cannot join the `inCart` ones, saying how many can; null when they can. */
export function addRefusal(rule: QuantityRule, available: number, inCart: number, adding: number): string | null {
  const { min, max } = quantityLimits(rule, available);
  if (!rule.allowBackorder && available <= 0) return 'This is out of stock.';
  const total = inCart + adding;
  if (max !== null && total > max) {
    const reason = stockBound(rule, available) ? `Only ${available} left in stock.` : `You can order at most ${max}.`;
    if (inCart === 0) return reason;
    const room = max - inCart;
    return `${reason} You already have ${inCart} in your cart, so you can ${room > 0 ? `add ${room} more` : 'add no more'}.`;
  }
  if (total < min) return `The minimum order is ${min}.`;
  return null;
}

/**
 * `wanted`, capped at the maximum; null when the limits allow nothing (out of stock, or less
 * available than the minimum). Below the minimum stays as it is: the cart flags it.
 */
export function capQuantity(limits: QuantityLimits, wanted: number): number | null {
  if (limits.max === null) return wanted;
  if (limits.max < limits.min) return null;
  return Math.min(wanted, limits.max);
}
