import { cache } from 'react';
import type { User } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { findCustomerOfUser } from './internal';

/**
 * The signed-in user's customer profile in this store, or null if they are not its customer.
 * Cached per request: the storefront layout and the account page both ask.
 */
export const getCustomerProfile = cache(async (ctx: StorefrontContext, user: Pick<User, 'id'>) => {
  return (await ctx.tx((tx) => findCustomerOfUser(tx, { orgId: ctx.org.id, userId: user.id }))) ?? null;
});
