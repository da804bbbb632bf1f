import { and, eq } from 'drizzle-orm';
import { cartItems } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { countCartItems } from './get-cart';
import { findCart, touchCart, type CartRef } from './internal';
import type { CartVariantInput } from './schemas';

/** Takes a line out of the cart; removing one that is not there (a double click) changes nothing. */
export async function removeCartItem(ctx: StorefrontContext, ref: CartRef, input: CartVariantInput) {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const cart = await findCart(tx, orgId, ref, { lock: true });
    if (!cart) return { removed: false, itemCount: 0 };
    const removed = await tx
      .delete(cartItems)
      .where(and(eq(cartItems.organizationId, orgId), eq(cartItems.cartId, cart.id), eq(cartItems.variantId, input.variantId)))
      .returning({ id: cartItems.id });
    if (removed.length > 0) await touchCart(tx, cart.id);
    return { removed: removed.length > 0, itemCount: await countCartItems(tx, orgId, cart.id) };
  });
}
