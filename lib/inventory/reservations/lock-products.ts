import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { products } from '@/db/schema';

/**
 * Locks these products FOR NO KEY UPDATE in id order: the first step of every stock change (see
 * getVariantInOrg), so orders, reservations and stock adjustments on the same products queue
 * rather than deadlock. `ORDER BY` before `FOR UPDATE` makes Postgres lock in that order.
 */
export async function lockProductsForStock(tx: Tx, orgId: string, productIds: string[]) {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return;
  await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.organizationId, orgId), inArray(products.id, ids)))
    .orderBy(asc(products.id))
    .for('no key update')
    .prepare('lock_products_for_stock')
    .execute();
}
