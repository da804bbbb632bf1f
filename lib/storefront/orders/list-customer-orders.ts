import 'server-only';
import { count, desc, sql } from 'drizzle-orm';
import { orders, type Order } from '@/db/schema';
import { findCustomerOfUser } from '@/lib/customers/internal';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { accountOrdersCondition } from './order-access';

export const CUSTOMER_ORDERS_PAGE_SIZE = 10;

export type CustomerOrderRow = Pick<Order, 'number' | 'createdAt' | 'status' | 'paymentStatus' | 'fulfilmentMethod' | 'total' | 'currency'> & {
  itemCount: number;
};

/** The signed-in shopper's orders in this store, newest first (guest orders with their email included once linked). */
export async function listCustomerOrders(
  ctx: Pick<ShopperSessionContext, 'org' | 'user' | 'tx'>,
  input: { page?: number; pageSize?: number } = {},
): Promise<{ rows: CustomerOrderRow[]; total: number; page: number; totalPages: number }> {
  const pageSize = input.pageSize ?? CUSTOMER_ORDERS_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(input.page ?? 1) || 1);
  const empty = { rows: [], total: 0, page: 1, totalPages: 1 };
  const user = ctx.user;
  if (!user) return empty;
  return ctx.tx(async (tx) => {
    const orgId = ctx.org.id;
    const customer = await findCustomerOfUser(tx, { orgId, userId: user.id });
    if (!customer) return empty;
    const mine = accountOrdersCondition(orgId, customer.id, user);
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(orders).where(mine);
    const totalPages = Math.max(1, Math.ceil(total / pageSize));
    const current = Math.min(page, totalPages);
    const rows = await tx
      .select({
        number: orders.number,
        createdAt: orders.createdAt,
        status: orders.status,
        paymentStatus: orders.paymentStatus,
        fulfilmentMethod: orders.fulfilmentMethod,
        total: orders.total,
        currency: orders.currency,
        // Units bought, from the frozen snapshot.
        itemCount: sql<number>`(select coalesce(sum((l->>'quantity')::int), 0)::int from jsonb_array_elements(${orders.priceSnapshot}->'lines') l)`,
      })
      .from(orders)
      .where(mine)
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(pageSize)
      .offset((current - 1) * pageSize);
    return { rows, total, page: current, totalPages };
  });
}
