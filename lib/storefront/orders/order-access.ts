import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type Order, type User } from '@/db/schema';
import { findCustomerOfUser } from '@/lib/customers/internal';
import { sha256 } from '@/lib/crypto/hash';
import { notFound } from '@/lib/server/errors';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';

/**
 * How a shopper reaches an order: the secret link of the confirmation page and email (guests
 * and everyone), or its number from their account (the signed-in user's customer row here).
 */
export type OrderAccess = { token: string } | { number: string };

export const normalizeOrderNumber = (number: string) => number.trim().toUpperCase();

/**
 * The orders of this customer an account may see: the ones it placed itself, and, once the
 * account's email is verified, the guest orders placed with that email (placeOrder attached them
 * to the customer of that email, and sign-up links that customer to the account). Without the
 * verification anyone could register with a stranger's email and read their orders.
 */
export function accountOrdersCondition(orgId: string, customerId: string, user: Pick<User, 'id' | 'emailVerified'>): SQL {
  const mine = and(eq(orders.organizationId, orgId), eq(orders.customerId, customerId))!;
  return user.emailVerified ? mine : and(mine, eq(orders.placedByUserId, user.id))!;
}

/** This store's order the shopper may see, or undefined; `lock` takes the order row lock first. */
export async function findShopperOrder(
  tx: Tx,
  ctx: Pick<ShopperSessionContext, 'org' | 'user'>,
  access: OrderAccess,
  { lock = false }: { lock?: boolean } = {},
): Promise<Order | undefined> {
  const orgId = ctx.org.id;
  let where;
  if ('token' in access) {
    if (!access.token) return undefined;
    where = and(eq(orders.organizationId, orgId), eq(orders.accessTokenHash, sha256(access.token)));
  } else {
    if (!ctx.user) return undefined;
    const customer = await findCustomerOfUser(tx, { orgId, userId: ctx.user.id });
    if (!customer) return undefined;
    where = and(accountOrdersCondition(orgId, customer.id, ctx.user), eq(orders.number, normalizeOrderNumber(access.number)));
  }
  const query = tx.select().from(orders).where(where);
  const [order] = lock ? await query.for('update') : await query;
  return order;
}

export async function getShopperOrder(tx: Tx, ctx: Pick<ShopperSessionContext, 'org' | 'user'>, access: OrderAccess, options?: { lock?: boolean }) {
  const order = await findShopperOrder(tx, ctx, access, options);
  if (!order) throw notFound('Order');
  return order;
}

/** Where the shopper sees this order: their account for number access, else the secret link. */
export function shopperOrderPath(access: OrderAccess): string {
  return 'token' in access ? `/orders/${encodeURIComponent(access.token)}` : `/account/orders/${encodeURIComponent(normalizeOrderNumber(access.number))}`;
}
