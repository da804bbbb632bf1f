import { eq } from 'drizzle-orm';
import { stockLevels } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { getVariantInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockStockRows, lockWarehousesForStock, retryingDeadlocks } from './internal';
import type { SetStockLevelsInput } from './schemas';

/**
 * The reorder level (at or under it, the row is "low") and the maximum level of one variant in
 * one warehouse; the row is created at 0 units when the variant has none there yet.
 */
export async function setStockLevels(ctx: OrgContext, input: SetStockLevelsInput) {
  requirePermission(ctx, 'inventory.adjust');
  return retryingDeadlocks(() =>
    ctx.tx(async (tx) => {
      const { product } = await getVariantInOrg(tx, ctx.org.id, input.variantId, { lock: 'stock' });
      await lockWarehousesForStock(tx, ctx.org.id, [input.warehouseId]);
      const key = { orgId: ctx.org.id, productId: product.id, variantId: input.variantId };
      const before = (await lockStockRows(tx, key, [input.warehouseId])).get(input.warehouseId)!;
      const next = { reorderLevel: input.reorderLevel, maxLevel: input.maxLevel };
      const { oldValues, newValues, changed } = diff(before, next);
      if (!changed) return { id: before.id, changed: false, ...next };
      await tx
        .update(stockLevels)
        .set({ ...next, updatedAt: new Date() })
        .where(eq(stockLevels.id, before.id));
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'stock.levels_set',
        entityType: 'stock_level',
        entityId: before.id,
        oldValues,
        newValues,
      });
      return { id: before.id, changed: true, ...next };
    }),
  );
}
