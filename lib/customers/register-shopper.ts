import type { SignUpInput } from '@/lib/account/schemas';
import { signUp } from '@/lib/account/sign-up';
import { issueSignInTicket } from '@/lib/auth/sign-in';
import { mergeGuestCartOfRequest } from '@/lib/cart/cart-ref';
import { linkOrCreateCustomer, type ShopperContext } from './internal';

/**
 * A shopper creates an account on a storefront: a platform account (verification email
 * included) plus a customer of this store only, who keeps this browser's guest cart. Returns
 * a sign-in ticket for the action to turn into a session on this host.
 */
export async function registerShopper(ctx: ShopperContext, input: SignUpInput) {
  const user = await signUp(ctx.meta, input);
  const customer = await ctx.tx((tx) => linkOrCreateCustomer(tx, ctx, user, 'storefront_signup'));
  await mergeGuestCartOfRequest(ctx, customer);
  return { user, customer, ticket: await issueSignInTicket(user.id) };
}
