import { eq } from 'drizzle-orm';
import { warehouses } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockWarehouse } from './internal';
import type { WarehouseIdInput } from './schemas';

/** Lets an inactive warehouse take stock again. */
export async function reactivateWarehouse(ctx: OrgContext, input: WarehouseIdInput) {
  requirePermission(ctx, 'warehouses.manage');
  return ctx.tx(async (tx) => {
    const warehouse = await lockWarehouse(tx, ctx.org.id, input.warehouseId);
    if (warehouse.isActive) return { id: warehouse.id, changed: false };
    await tx.update(warehouses).set({ isActive: true, updatedAt: new Date() }).where(eq(warehouses.id, warehouse.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'warehouse.reactivated',
      entityType: 'warehouse',
      entityId: warehouse.id,
      oldValues: { isActive: false },
      newValues: { isActive: true },
    });
    return { id: warehouse.id, changed: true };
  });
}
