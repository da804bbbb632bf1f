import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

/** The order row, locked for this transaction (every status change starts here). */
export async function lockOrder(tx: Tx, orgId: string, orderId: string): Promise<Order> {
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.organizationId, orgId), eq(orders.id, orderId)))
    .for('update');
  if (!order) throw notFound('Order');
  return order;
}
