import type { StorefrontContext } from '@/lib/server/context';
import { conflict, invalid, notFound } from '@/lib/server/errors';
import { countCartItems } from './get-cart';
import { findCart, findLine, loadVariantStates, putLine, type CartRef } from './internal';
import { addRefusal } from './limits';
import type { UpdateCartItemInput } from './schemas';

/**
 * Sets a line's quantity. A decrease is allowed down to the minimum even while the line is still
 * over the stock (it only gets closer); an increase must fit every limit. The price the shopper
 * saw is kept: acceptCartPrice() is how they acknowledge a new one.
 */
export async function updateCartItem(ctx: StorefrontContext, ref: CartRef, input: UpdateCartItemInput) {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const cart = await findCart(tx, orgId, ref, { lock: true });
    const line = cart && (await findLine(tx, orgId, cart.id, input.variantId));
    if (!cart || !line) throw notFound('That item in your cart');
    const state = (await loadVariantStates(tx, orgId, [input.variantId])).get(input.variantId);
    if (!state?.sold) throw conflict('This product is no longer sold. Remove it from your cart.');
    if (input.quantity < state.limits.min) {
      const message = `The minimum order is ${state.limits.min}.`;
      throw invalid(message, { quantity: [message] });
    }
    const refusal = input.quantity > line.quantity ? addRefusal(state.product, state.available, 0, input.quantity) : null;
    if (refusal) throw conflict(refusal, { quantity: [refusal] });
    await putLine(tx, orgId, cart.id, { productId: line.productId, variantId: line.variantId, quantity: input.quantity, unitPriceAtAdd: line.unitPriceAtAdd });
    return { quantity: input.quantity, itemCount: await countCartItems(tx, orgId, cart.id) };
  });
}
