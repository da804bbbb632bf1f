import { eq } from 'drizzle-orm';
import { warehouses } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockWarehouse, nameConflict, warehouseColumns } from './internal';
import type { UpdateWarehouseInput } from './schemas';

/** Name, code, address, pick-up point and contact of a warehouse; only the fields that changed are audited. */
export async function updateWarehouse(ctx: OrgContext, { warehouseId, ...input }: UpdateWarehouseInput) {
  requirePermission(ctx, 'warehouses.manage');
  try {
    return await ctx.tx(async (tx) => {
      const before = await lockWarehouse(tx, ctx.org.id, warehouseId);
      const next = warehouseColumns(input);
      const { oldValues, newValues, changed } = diff(before, next);
      if (!changed) return { id: before.id, changed: false };
      await tx
        .update(warehouses)
        .set({ ...next, updatedAt: new Date() })
        .where(eq(warehouses.id, before.id));
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'warehouse.updated',
        entityType: 'warehouse',
        entityId: before.id,
        oldValues,
        newValues,
      });
      return { id: before.id, changed: true };
    });
  } catch (e) {
    throw nameConflict(e);
  }
}
