import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cartItems } from '@/db/schema';

/**
 * Empties a cart inside the caller's transaction (place-order), so the cart is emptied exactly
 * when the order exists. The cart row stays: a guest's cookie keeps pointing at it.
 */
export async function clearCart(tx: Tx, orgId: string, cartId: string): Promise<void> {
  await tx.delete(cartItems).where(and(eq(cartItems.organizationId, orgId), eq(cartItems.cartId, cartId)));
}
