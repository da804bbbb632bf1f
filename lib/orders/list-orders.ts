import 'server-only';
import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { orderItems, orders, type Order } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern, escapeLike, paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { ORDERS_PAGE_SIZE, type OrderListFilters } from './list-filters';

export type OrderListRow = Pick<
  Order,
  'id' | 'number' | 'createdAt' | 'customerName' | 'email' | 'status' | 'paymentStatus' | 'paymentMethod' | 'fulfilmentMethod' | 'total' | 'currency'
> & {
  /** Units ordered, over all lines. */
  itemCount: number;
};

/** WHERE of the list; the organization is always the first condition. Days are whole days in `timeZone`. */
export function orderListConditions(orgId: string, filters: Omit<OrderListFilters, 'page'>, timeZone: string): SQL {
  const where: (SQL | undefined)[] = [eq(orders.organizationId, orgId)];
  if (filters.number) where.push(ilike(orders.number, `${escapeLike(filters.number)}%`));
  if (filters.customer) {
    const pattern = containsPattern(filters.customer);
    where.push(or(ilike(orders.customerName, pattern), ilike(orders.email, pattern)));
  }
  if (filters.status) where.push(eq(orders.status, filters.status));
  if (filters.payment) where.push(eq(orders.paymentStatus, filters.payment));
  if (filters.method) where.push(eq(orders.paymentMethod, filters.method));
  if (filters.from) where.push(sql`${orders.createdAt} >= (${filters.from}::date::timestamp at time zone ${timeZone})`);
  if (filters.to) where.push(sql`${orders.createdAt} < ((${filters.to}::date + 1)::timestamp at time zone ${timeZone})`);
  return and(...where)!;
}

/** One page of the organization's orders, newest first, filtered as the URL says. */
export async function listOrders(ctx: OrgContext, filters: OrderListFilters): Promise<Paged<OrderListRow>> {
  requirePermission(ctx, 'orders.view');
  const where = orderListConditions(ctx.org.id, filters, ctx.org.timezone);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(orders).where(where);
    const window = pageWindow(total, filters.page, ORDERS_PAGE_SIZE);
    const rows = await tx
      .select({
        id: orders.id,
        number: orders.number,
        createdAt: orders.createdAt,
        customerName: orders.customerName,
        email: orders.email,
        status: orders.status,
        paymentStatus: orders.paymentStatus,
        paymentMethod: orders.paymentMethod,
        fulfilmentMethod: orders.fulfilmentMethod,
        total: orders.total,
        currency: orders.currency,
      })
      .from(orders)
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(ORDERS_PAGE_SIZE)
      .offset(window.offset);
    const counts = rows.length
      ? await tx
          .select({ orderId: orderItems.orderId, units: sql<number>`sum(${orderItems.quantity})`.mapWith(Number) })
          .from(orderItems)
          .where(and(eq(orderItems.organizationId, ctx.org.id), inArray(orderItems.orderId, rows.map((r) => r.id))))
          .groupBy(orderItems.orderId)
      : [];
    const units = new Map(counts.map((c) => [c.orderId, c.units]));
    return paged(
      rows.map((r) => ({ ...r, itemCount: units.get(r.id) ?? 0 })),
      total,
      window.page,
      ORDERS_PAGE_SIZE,
    );
  });
}
