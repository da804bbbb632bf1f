import type { User } from '@/db/schema';
import { linkOrCreateCustomer, type ShopperContext } from '@/lib/customers/internal';
import { forbidden } from '@/lib/server/errors';
import type { CartRef } from './internal';

/**
 * A signed-in shopper's cart is their customer's: adding to it makes them a customer of this
 * store if they are not one yet. A customer the merchant removed cannot shop here.
 */
export async function customerCartRef(ctx: ShopperContext, user: User): Promise<CartRef> {
  const customer = await ctx.tx((tx) => linkOrCreateCustomer(tx, ctx, user, 'storefront_signin'));
  if (customer.deletedAt) throw forbidden(`${ctx.org.name} has closed your customer profile. Contact the store if you think this is a mistake.`);
  return { customerId: customer.id };
}
