import { recordAudit } from '@/lib/audit/record-audit';
import { getVariantInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { applyStockChange } from '../apply-stock-change';
import { lockStockRows, lockWarehousesForStock, onlyAvailable, retryingDeadlocks } from './internal';
import { reasonText, type AdjustStockInput } from './schemas';

const TYPES = { add: 'in', remove: 'out', set: 'adjustment' } as const;

/**
 * Adds units (received), removes them (damaged, lost…) or sets the counted quantity of one
 * variant in one warehouse. The row is locked first, so a count's difference is computed from
 * the quantity it replaces, and parallel adjustments queue instead of losing one another. The
 * change and its movement go through applyStockChange in the same transaction.
 */
export async function adjustStock(ctx: OrgContext, input: AdjustStockInput) {
  requirePermission(ctx, 'inventory.adjust');
  return retryingDeadlocks(() =>
    ctx.tx(async (tx) => {
      const { product } = await getVariantInOrg(tx, ctx.org.id, input.variantId, { lock: 'stock' });
      const warehouse = (await lockWarehousesForStock(tx, ctx.org.id, [input.warehouseId])).get(input.warehouseId)!;
      const key = { orgId: ctx.org.id, productId: product.id, variantId: input.variantId };
      const before = (await lockStockRows(tx, key, [warehouse.id])).get(warehouse.id)!;

      const delta = input.mode === 'add' ? input.quantity : input.mode === 'remove' ? -input.quantity : input.quantity - before.quantity;
      if (delta === 0) return { changed: false as const, quantity: before.quantity, available: before.available, movementId: null };
      if (delta > 0 && !warehouse.isActive) {
        const message = `${warehouse.name} is inactive and cannot take new stock. Reactivate it first.`;
        throw invalid(message, { warehouseId: [message] });
      }
      if (delta < 0 && !product.allowBackorder && before.available + delta < 0) {
        const message =
          input.mode === 'set'
            ? `${before.reserved} units are reserved for orders in ${warehouse.name}; the count cannot be lower.`
            : onlyAvailable(before.available, warehouse.name);
        throw invalid(message, { quantity: [message] });
      }

      const reason = reasonText(input.reason, input.note);
      const { level, movementId } = await applyStockChange(
        tx,
        { orgId: ctx.org.id, userId: ctx.actor.userId },
        { variantId: input.variantId, warehouseId: warehouse.id, delta, type: TYPES[input.mode], reason, reference: input.reference || null },
      );
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'stock.adjusted',
        entityType: 'stock_level',
        entityId: level.id,
        oldValues: { quantity: before.quantity },
        newValues: { quantity: level.quantity, delta, type: TYPES[input.mode], reason, reference: input.reference || null, movementId },
      });
      return { changed: true as const, quantity: level.quantity, available: level.available, movementId };
    }),
  );
}
