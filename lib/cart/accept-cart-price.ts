import { and, eq } from 'drizzle-orm';
import { cartItems } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { findCart, findLine, loadSellableVariant, type CartRef } from './internal';
import type { CartVariantInput } from './schemas';

/**
 * The shopper's "OK" to a price change: the line now remembers today's price, so the flag goes
 * away (the cart always charges today's price; the flag only tells them it moved).
 */
export async function acceptCartPrice(ctx: StorefrontContext, ref: CartRef, input: CartVariantInput) {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const cart = await findCart(tx, orgId, ref, { lock: true });
    const line = cart && (await findLine(tx, orgId, cart.id, input.variantId));
    if (!cart || !line) throw notFound('That item in your cart');
    const { unitPrice } = await loadSellableVariant(tx, orgId, input.variantId);
    await tx
      .update(cartItems)
      .set({ unitPriceAtAdd: unitPrice })
      .where(and(eq(cartItems.organizationId, orgId), eq(cartItems.id, line.id)));
    return { unitPrice };
  });
}
