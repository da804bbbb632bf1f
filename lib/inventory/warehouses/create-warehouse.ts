import { and, eq, isNull } from 'drizzle-orm';
import { warehouses } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { nameConflict, warehouseColumns } from './internal';
import type { CreateWarehouseInput } from './schemas';
import { assertWithinPlan } from '@/lib/plans/enforce';

/** Adds a warehouse. While the organization has no default warehouse, the new one becomes it. */
export async function createWarehouse(ctx: OrgContext, input: CreateWarehouseInput) {
  requirePermission(ctx, 'warehouses.manage');
  const values = { organizationId: ctx.org.id, ...warehouseColumns(input) };
  try {
    return await ctx.tx(async (tx) => {
      await assertWithinPlan(tx, ctx.org.id, 'warehouses');
      const [currentDefault] = await tx
        .select({ id: warehouses.id })
        .from(warehouses)
        .where(and(eq(warehouses.organizationId, ctx.org.id), eq(warehouses.isDefault, true), isNull(warehouses.deletedAt)));
      let row: typeof warehouses.$inferSelect | undefined;
      if (!currentDefault) {
        // Two "first" warehouses created at once: the partial unique index lets one be the default,
        // and the savepoint lets the other still be added, as an ordinary warehouse.
        row = await tx
          .transaction(async (sp) => (await sp.insert(warehouses).values({ ...values, isDefault: true }).returning())[0])
          .catch((e: unknown) => {
            if (isUniqueViolation(e, 'warehouses_org_default_key')) return undefined;
            throw e;
          });
      }
      row ??= (await tx.insert(warehouses).values(values).returning())[0]!;
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'warehouse.created',
        entityType: 'warehouse',
        entityId: row.id,
        newValues: { ...warehouseColumns(input), isDefault: row.isDefault },
      });
      return { id: row.id, name: row.name, isDefault: row.isDefault };
    });
  } catch (e) {
    throw nameConflict(e);
  }
}
