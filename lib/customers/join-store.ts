import type { User } from '@/db/schema';
import { forbidden } from '@/lib/server/errors';
import { linkOrCreateCustomer, type ShopperContext } from './internal';

/** A signed-in account without a customer profile here (yet) becomes this store's customer. */
export async function joinStore(ctx: ShopperContext, user: User) {
  const customer = await ctx.tx((tx) => linkOrCreateCustomer(tx, ctx, user, 'storefront_signin'));
  // The merchant removed this customer; signing up again is not a way back in.
  if (customer.deletedAt) throw forbidden(`${ctx.org.name} has closed your customer profile. Contact the store if you think this is a mistake.`);
  return customer;
}
