import 'server-only';
import type { Tx } from '@/db/client';
import { txSql } from './tx-sql';

const LOCK_PRODUCTS = `select id from products where organization_id = $1 and id = any($2::text[]) order by id for no key update`;

/**
 * Locks these products FOR NO KEY UPDATE in id order: the first step of every stock change (see
 * getVariantInOrg), so orders, reservations and stock adjustments on the same products queue
 * rather than deadlock. `ORDER BY` before `FOR UPDATE` makes Postgres lock in that order.
 */
export async function lockProductsForStock(tx: Tx, orgId: string, productIds: string[]): Promise<void> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return;
  // Sent now (postgres-js queries are lazy): a batch keeps the lock before the writes issued after it.
  await txSql(tx).unsafe(LOCK_PRODUCTS, [orgId, ids], { prepare: true }).execute();
}
