import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { stockLevels, warehouses, type StockLevel } from '@/db/schema';
import { notFound } from '@/lib/server/errors';
import { isDeadlock } from '@/db/errors';

type VariantKey = { orgId: string; productId: string; variantId: string };

/**
 * Warehouses, share-locked in id order: stock may move through them in parallel, but a
 * deactivation waits until this transaction ends (and this one waits for it), so "an inactive
 * warehouse takes no stock" has no gap. Another organization's id is NotFound.
 */
export async function lockWarehousesForStock(tx: Tx, orgId: string, ids: string[]) {
  const found = new Map<string, typeof warehouses.$inferSelect>();
  for (const id of [...new Set(ids)].sort()) {
    const [row] = await tx
      .select()
      .from(warehouses)
      .where(and(eq(warehouses.organizationId, orgId), eq(warehouses.id, id), isNull(warehouses.deletedAt)))
      .for('share');
    if (!row) throw notFound('Warehouse');
    found.set(id, row);
  }
  return found;
}

const rowKey = (key: VariantKey, warehouseId: string) =>
  and(eq(stockLevels.organizationId, key.orgId), eq(stockLevels.warehouseId, warehouseId), eq(stockLevels.variantId, key.variantId));

/**
 * The variant's stock rows in these warehouses, locked for this transaction so a decision taken
 * from their numbers (a count's difference, a transfer's source) still holds when applied.
 *
 * Lock order is what keeps parallel callers from deadlocking: the product and the variant first
 * (getVariantInOrg with `lock: 'stock'`, as applyStockChange does), then the warehouses, then
 * these rows in warehouse-id order; rows that do not exist yet are inserted at 0 in one
 * statement and locked. A missing row must be
 * created rather than skipped, or two parallel first counts would both see "nothing" and both
 * apply their whole difference.
 */
export async function lockStockRows(tx: Tx, key: VariantKey, warehouseIds: string[]) {
  const ids = [...new Set(warehouseIds)].sort();
  const rows = new Map<string, StockLevel>();
  for (const id of ids) {
    const [row] = await tx.select().from(stockLevels).where(rowKey(key, id)).for('update');
    if (row) rows.set(id, row);
  }
  const missing = ids.filter((id) => !rows.has(id));
  if (missing.length > 0) {
    await tx
      .insert(stockLevels)
      .values(missing.map((warehouseId) => ({ organizationId: key.orgId, warehouseId, productId: key.productId, variantId: key.variantId })))
      .onConflictDoNothing({ target: [stockLevels.organizationId, stockLevels.warehouseId, stockLevels.variantId] });
    const created = await tx
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.organizationId, key.orgId), eq(stockLevels.variantId, key.variantId), inArray(stockLevels.warehouseId, missing)))
      .orderBy(stockLevels.warehouseId)
      .for('update');
    for (const row of created) rows.set(row.warehouseId, row);
  }
  return rows;
}

/**
 * Runs a stock transaction again when Postgres broke a deadlock by aborting it. The lock order
 * above prevents them between these verbs; this covers the remaining race with other writers
 * (a brand-new row inserted by an order or an import at the same instant). The aborted attempt
 * rolled back completely, so running it again is safe.
 */
export async function retryingDeadlocks<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= attempts || !isDeadlock(e)) throw e;
    }
  }
}

/** "Only 3 available in Main warehouse." */
export function onlyAvailable(available: number, warehouseName: string): string {
  return `Only ${Math.max(0, available)} available in ${warehouseName}.`;
}
