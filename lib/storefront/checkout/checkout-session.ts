import 'server-only';
import type { CartRef } from '@/lib/cart/internal';
import { findCustomerOfUser } from '@/lib/customers/internal';
import type { ShopperSessionContext } from './shopper-context';

/** A checkout request: the shopper and the cart the request means (resolved from the cookie or session by the action). */
export type CheckoutContext = ShopperSessionContext & { cartRef: CartRef | null };

/** Who is buying, for placeOrder: a signed-in shopper's customer row here, else a guest (matched by email). */
export async function checkoutShopper(ctx: CheckoutContext): Promise<{ userId: string | null; customerId: string | null }> {
  const user = ctx.user;
  if (!user) return { userId: null, customerId: null };
  if (ctx.cartRef && 'customerId' in ctx.cartRef) return { userId: user.id, customerId: ctx.cartRef.customerId };
  const customer = await ctx.tx((tx) => findCustomerOfUser(tx, { orgId: ctx.org.id, userId: user.id }));
  return { userId: user.id, customerId: customer?.id ?? null };
}
