import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { inventoryMovements, stockLevels, type InventoryMovement } from '@/db/schema';
import { getVariantInOrg, getWarehouseInOrg } from '@/lib/catalog/internal';
import { invalid } from '@/lib/server/errors';

export type StockChange = {
  variantId: string;
  warehouseId: string;
  /** Signed units: + into the warehouse, − out of it. Never 0. */
  delta: number;
  type: InventoryMovement['type'];
  reason?: string | null;
  reference?: string | null;
  transferId?: string | null;
  counterpartWarehouseId?: string | null;
};

export type StockScope = { orgId: string; userId: string | null };

/**
 * The one way stock changes: one atomic UPDATE (or insert) of the variant's row in the
 * warehouse, and its inventory movement, in the caller's transaction. Taking stock out is a
 * conditional update (`quantity + delta >= reserved`), so parallel changes queue on the row lock
 * and each sees the other's result; none is lost and available never drops below zero unless
 * the product allows backorders.
 */
export async function applyStockChange(tx: Tx, scope: StockScope, change: StockChange) {
  if (!Number.isSafeInteger(change.delta) || change.delta === 0) throw invalid('Enter a quantity other than zero.');
  // Product, then variant: the lock order of every stock change (see getVariantInOrg).
  const { variant, product } = await getVariantInOrg(tx, scope.orgId, change.variantId, { lock: 'stock' });
  const warehouse = await getWarehouseInOrg(tx, scope.orgId, change.warehouseId);
  if (change.delta > 0 && !warehouse.isActive) {
    throw invalid(`${warehouse.name} is inactive and takes no new stock. Reactivate it first.`, { warehouseId: [`${warehouse.name} is inactive.`] });
  }
  const key = and(
    eq(stockLevels.organizationId, scope.orgId),
    eq(stockLevels.warehouseId, change.warehouseId),
    eq(stockLevels.variantId, change.variantId),
  );

  let level: typeof stockLevels.$inferSelect | undefined;
  if (change.delta < 0 && !product.allowBackorder) {
    [level] = await tx
      .update(stockLevels)
      .set({ quantity: sql`${stockLevels.quantity} + ${change.delta}`, updatedAt: new Date() })
      .where(and(key, sql`${stockLevels.quantity} + ${change.delta} >= ${stockLevels.reserved}`))
      .returning();
    if (!level) {
      const [current] = await tx.select({ available: stockLevels.available }).from(stockLevels).where(key);
      const available = Math.max(0, current?.available ?? 0);
      throw invalid(`Only ${available} available in this warehouse; ${product.name} does not allow backorders.`, {
        quantity: [`Only ${available} available.`],
      });
    }
  } else {
    [level] = await tx
      .insert(stockLevels)
      .values({
        organizationId: scope.orgId,
        warehouseId: change.warehouseId,
        productId: variant.productId,
        variantId: change.variantId,
        quantity: change.delta,
      })
      .onConflictDoUpdate({
        target: [stockLevels.organizationId, stockLevels.warehouseId, stockLevels.variantId],
        set: { quantity: sql`${stockLevels.quantity} + excluded.quantity`, updatedAt: new Date() },
      })
      .returning();
  }

  const [movement] = await tx
    .insert(inventoryMovements)
    .values({
      organizationId: scope.orgId,
      productId: variant.productId,
      variantId: change.variantId,
      warehouseId: change.warehouseId,
      type: change.type,
      quantity: change.delta,
      quantityAfter: level!.quantity,
      reason: change.reason ?? null,
      reference: change.reference ?? null,
      transferId: change.transferId ?? null,
      counterpartWarehouseId: change.counterpartWarehouseId ?? null,
      createdById: scope.userId,
    })
    .returning({ id: inventoryMovements.id });

  return { level: level!, movementId: movement!.id, product, variant };
}
