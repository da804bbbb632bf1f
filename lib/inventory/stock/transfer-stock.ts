import { recordAudit } from '@/lib/audit/record-audit';
import { getVariantInOrg } from '@/lib/catalog/internal';
import { newId } from '@/lib/ids';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { applyStockChange } from '../apply-stock-change';
import { lockStockRows, lockWarehousesForStock, onlyAvailable, retryingDeadlocks } from './internal';
import type { TransferStockInput } from './schemas';

/**
 * Moves units of one variant between two active warehouses of this organization: one
 * transaction, two movements (out of the source, into the destination) sharing a transfer id
 * and naming each other's warehouse. Both stock rows are locked in warehouse-id order before
 * either changes, so opposite transfers running at once queue instead of deadlocking.
 */
export async function transferStock(ctx: OrgContext, input: TransferStockInput) {
  requirePermission(ctx, 'inventory.adjust');
  if (input.fromWarehouseId === input.toWarehouseId) {
    const message = 'Choose a different warehouse to move stock to.';
    throw invalid(message, { toWarehouseId: [message] });
  }
  return retryingDeadlocks(() =>
    ctx.tx(async (tx) => {
      const { product } = await getVariantInOrg(tx, ctx.org.id, input.variantId, { lock: 'stock' });
      const locked = await lockWarehousesForStock(tx, ctx.org.id, [input.fromWarehouseId, input.toWarehouseId]);
      const from = locked.get(input.fromWarehouseId)!;
      const to = locked.get(input.toWarehouseId)!;
      for (const [field, w] of [['fromWarehouseId', from], ['toWarehouseId', to]] as const) {
        if (!w.isActive) throw invalid(`${w.name} is inactive. Reactivate it to move stock.`, { [field]: [`${w.name} is inactive.`] });
      }
      const rows = await lockStockRows(tx, { orgId: ctx.org.id, productId: product.id, variantId: input.variantId }, [from.id, to.id]);
      const source = rows.get(from.id)!;
      if (!product.allowBackorder && source.available < input.quantity) {
        const message = onlyAvailable(source.available, from.name);
        throw invalid(message, { quantity: [message] });
      }

      const transferId = newId('trf');
      const scope = { orgId: ctx.org.id, userId: ctx.actor.userId };
      const common = { variantId: input.variantId, type: 'transfer' as const, reason: input.note || null, reference: input.reference || null, transferId };
      const out = await applyStockChange(tx, scope, { ...common, warehouseId: from.id, delta: -input.quantity, counterpartWarehouseId: to.id });
      const into = await applyStockChange(tx, scope, { ...common, warehouseId: to.id, delta: input.quantity, counterpartWarehouseId: from.id });
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'stock.transferred',
        entityType: 'inventory_transfer',
        entityId: transferId,
        oldValues: { fromQuantity: source.quantity, toQuantity: rows.get(to.id)!.quantity },
        newValues: {
          variantId: input.variantId,
          fromWarehouseId: from.id,
          toWarehouseId: to.id,
          quantity: input.quantity,
          fromQuantity: out.level.quantity,
          toQuantity: into.level.quantity,
          movementIds: [out.movementId, into.movementId],
        },
      });
      return { transferId, from: { warehouseId: from.id, quantity: out.level.quantity }, to: { warehouseId: to.id, quantity: into.level.quantity } };
    }),
  );
}
