import type { StorefrontContext } from '@/lib/server/context';
import { conflict, invalid } from '@/lib/server/errors';
import { countCartItems } from './get-cart';
import { findLine, loadSellableVariant, openCart, putLine, type CartRef } from './internal';
import { addRefusal } from './limits';
import type { AddToCartInput } from './schemas';

/**
 * Puts units of a variant in the cart, added to any already there. Beyond the limits it refuses
 * (nothing changes) and says how many can still be added, rather than quietly adding fewer.
 * The line remembers today's price (the shopper just saw it on the product page).
 */
export async function addToCart(ctx: StorefrontContext, ref: CartRef, input: AddToCartInput) {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const state = await loadSellableVariant(tx, orgId, input.variantId);
    const cart = await openCart(tx, ctx.org, ref);
    const inCart = (await findLine(tx, orgId, cart.id, input.variantId))?.quantity ?? 0;
    const refusal = addRefusal(state.product, state.available, inCart, input.quantity);
    if (refusal) {
      const error = refusal.startsWith('The minimum') ? invalid : conflict;
      throw error(refusal, { quantity: [refusal] });
    }
    const quantity = inCart + input.quantity;
    await putLine(tx, orgId, cart.id, { productId: state.product.id, variantId: input.variantId, quantity, unitPriceAtAdd: state.unitPrice });
    return { cartId: cart.id, quantity, itemCount: await countCartItems(tx, orgId, cart.id) };
  });
}
