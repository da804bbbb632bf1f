import { and, eq } from 'drizzle-orm';
import { warehouses } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid, notFound } from '@/lib/server/errors';
import { lockAllWarehouses } from './internal';
import type { WarehouseIdInput } from './schemas';

/**
 * Makes one active warehouse the default. All the organization's warehouses are locked in id
 * order first, so parallel calls queue; the old default is cleared before the new one is set,
 * since the partial unique index is checked row by row.
 */
export async function setDefaultWarehouse(ctx: OrgContext, input: WarehouseIdInput) {
  requirePermission(ctx, 'warehouses.manage');
  return ctx.tx(async (tx) => {
    const all = await lockAllWarehouses(tx, ctx.org.id);
    const target = all.find((w) => w.id === input.warehouseId);
    if (!target) throw notFound('Warehouse');
    if (!target.isActive) throw invalid(`${target.name} is inactive. Reactivate it before making it the default.`);
    const previous = all.find((w) => w.isDefault);
    if (previous?.id === target.id) return { id: target.id, changed: false };
    if (previous) {
      await tx.update(warehouses).set({ isDefault: false, updatedAt: new Date() }).where(eq(warehouses.id, previous.id));
    }
    await tx
      .update(warehouses)
      .set({ isDefault: true, updatedAt: new Date() })
      .where(and(eq(warehouses.organizationId, ctx.org.id), eq(warehouses.id, target.id)));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'warehouse.default_set',
      entityType: 'warehouse',
      entityId: target.id,
      oldValues: { defaultWarehouseId: previous?.id ?? null },
      newValues: { defaultWarehouseId: target.id },
    });
    return { id: target.id, changed: true };
  });
}
