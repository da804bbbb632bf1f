import { eq } from 'drizzle-orm';
import { warehouses } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { lockWarehouse } from './internal';
import type { WarehouseIdInput } from './schemas';

/**
 * An inactive warehouse takes no new stock (adjustments in, transfers to or from it). Its rows
 * and history stay. The default warehouse cannot be deactivated: another must be made default first.
 */
export async function deactivateWarehouse(ctx: OrgContext, input: WarehouseIdInput) {
  requirePermission(ctx, 'warehouses.manage');
  return ctx.tx(async (tx) => {
    const warehouse = await lockWarehouse(tx, ctx.org.id, input.warehouseId);
    if (warehouse.isDefault) {
      throw invalid(`${warehouse.name} is the default warehouse. Make another warehouse the default first.`);
    }
    if (!warehouse.isActive) return { id: warehouse.id, changed: false };
    await tx.update(warehouses).set({ isActive: false, updatedAt: new Date() }).where(eq(warehouses.id, warehouse.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'warehouse.deactivated',
      entityType: 'warehouse',
      entityId: warehouse.id,
      oldValues: { isActive: true },
      newValues: { isActive: false },
    });
    return { id: warehouse.id, changed: true };
  });
}
