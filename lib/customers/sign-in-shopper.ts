import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { users } from '@/db/schema';
import type { SignInWithCodeInput, SignInWithPasswordInput } from '@/lib/account/schemas';
import { verifyMfaStep, verifyPasswordStep } from '@/lib/auth/sign-in';
import { peekToken } from '@/lib/auth/tokens';
import { notFound } from '@/lib/server/errors';
import { linkOrCreateCustomer, type ShopperContext } from './internal';

/** The ticket proves who signed in; make them a customer of this store before it is used. */
async function joinWithTicket(ctx: ShopperContext, ticket: string) {
  const user = await withGlobal(async (tx) => {
    const userId = await peekToken(tx, 'sign-in-ticket', ticket);
    const [row] = userId ? await tx.select().from(users).where(eq(users.id, userId)) : [];
    return row;
  });
  if (!user) throw notFound('That account');
  return ctx.tx((tx) => linkOrCreateCustomer(tx, ctx, user, 'storefront_signin'));
}

/** Email and password on a storefront; an account new to this store becomes its customer. */
export async function signInShopper(ctx: ShopperContext, input: Pick<SignInWithPasswordInput, 'email' | 'password'>) {
  const step = await verifyPasswordStep(input, ctx.meta);
  if (step.status === 'mfa-required') return step;
  const customer = await joinWithTicket(ctx, step.ticket);
  return { ...step, customer };
}

/** The second factor on a storefront, for accounts with two-factor on. */
export async function verifyShopperCode(ctx: ShopperContext, input: Pick<SignInWithCodeInput, 'challenge' | 'code'>) {
  const { ticket } = await verifyMfaStep(input, ctx.meta);
  const customer = await joinWithTicket(ctx, ticket);
  return { ticket, customer };
}
