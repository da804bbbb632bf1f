import type { StorefrontContext } from '@/lib/server/context';
import { cartLines, loadVariantStates, openCart, putLine, type CartRef } from './internal';
import { capQuantity } from './limits';

export type AddLinesResult = {
  /** How many of the given lines went into the cart (in full or in part). */
  added: number;
  /** Lines that could not go in, or only in part, and why. */
  problems: { variantId: string; message: string }[];
};

/**
 * Re-order: puts several lines in the cart at once, added to what is there. Unlike addToCart it
 * does not refuse over the limits: it adds as many as fit and reports what did not.
 */
export async function addLinesToCart(ctx: StorefrontContext, ref: CartRef, lines: { variantId: string; quantity: number }[]): Promise<AddLinesResult> {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const cart = await openCart(tx, ctx.org, ref);
    const wanted = new Map<string, number>();
    for (const l of lines) if (l.quantity > 0) wanted.set(l.variantId, (wanted.get(l.variantId) ?? 0) + l.quantity);
    const states = await loadVariantStates(tx, orgId, [...wanted.keys()]);
    const inCart = new Map((await cartLines(tx, orgId, cart.id)).map((i) => [i.variantId, i.quantity]));
    const result: AddLinesResult = { added: 0, problems: [] };

    for (const [variantId, quantity] of wanted) {
      const state = states.get(variantId);
      if (!state?.sold) {
        result.problems.push({ variantId, message: `${state?.product.name ?? 'This product'} is no longer sold.` });
        continue;
      }
      const have = inCart.get(variantId) ?? 0;
      const target = capQuantity(state.limits, have + quantity);
      const label = state.product.name;
      if (target === null || target <= have) {
        result.problems.push({ variantId, message: target === null ? `${label} is out of stock.` : `${label}: your cart already has as many as you can order.` });
        continue;
      }
      await putLine(tx, orgId, cart.id, { productId: state.product.id, variantId, quantity: target, unitPriceAtAdd: state.unitPrice });
      result.added += 1;
      if (target < have + quantity) result.problems.push({ variantId, message: `${label}: only ${target - have} of ${quantity} added (the most you can order now).` });
    }
    return result;
  });
}
