import type { User } from '@/db/schema';
import type { SignInWithCodeInput, SignInWithPasswordInput } from '@/lib/account/schemas';
import { verifyMfaStep, verifyPasswordStep } from '@/lib/auth/sign-in';
import { mergeGuestCartOfRequest } from '@/lib/cart/cart-ref';
import { linkOrCreateCustomer, type ShopperContext } from './internal';

/**
 * Whoever just proved who they are becomes a customer of this store before their session starts,
 * and this browser's guest cart becomes theirs.
 */
async function join(ctx: ShopperContext, user: User) {
  const customer = await ctx.tx((tx) => linkOrCreateCustomer(tx, ctx, user, 'storefront_signin'));
  await mergeGuestCartOfRequest(ctx, customer);
  return customer;
}

/** Email and password on a storefront; an account new to this store becomes its customer. */
export async function signInShopper(ctx: ShopperContext, input: Pick<SignInWithPasswordInput, 'email' | 'password'>) {
  const step = await verifyPasswordStep(input, ctx.meta);
  if (step.status === 'mfa-required') return step;
  return { status: step.status, ticket: step.ticket, customer: await join(ctx, step.user) };
}

/** The second factor on a storefront, for accounts with two-factor on. */
export async function verifyShopperCode(ctx: ShopperContext, input: Pick<SignInWithCodeInput, 'challenge' | 'code'>) {
  const { ticket, user } = await verifyMfaStep(input, ctx.meta);
  return { ticket, customer: await join(ctx, user) };
}
