import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { stockLevels, warehouses } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';

export type WarehouseSummary = Awaited<ReturnType<typeof listWarehouses>>[number];

/**
 * The organization's warehouses (default first, then active, then by name) with their stock
 * totals: units on hand, reserved, available, and how many variants they hold.
 */
export async function listWarehouses(ctx: OrgContext) {
  requirePermission(ctx, 'inventory.view');
  return ctx.tx(async (tx) => {
    const totals = tx
      .select({
        warehouseId: stockLevels.warehouseId,
        quantity: sql<number>`coalesce(sum(${stockLevels.quantity}), 0)::int`.as('quantity'),
        reserved: sql<number>`coalesce(sum(${stockLevels.reserved}), 0)::int`.as('reserved'),
        available: sql<number>`coalesce(sum(${stockLevels.available}), 0)::int`.as('available'),
        variants: sql<number>`count(*) filter (where ${stockLevels.quantity} <> 0)::int`.as('variants'),
      })
      .from(stockLevels)
      .where(eq(stockLevels.organizationId, ctx.org.id))
      .groupBy(stockLevels.warehouseId)
      .as('totals');
    const rows = await tx
      .select({
        warehouse: warehouses,
        quantity: sql<number>`coalesce(${totals.quantity}, 0)`,
        reserved: sql<number>`coalesce(${totals.reserved}, 0)`,
        available: sql<number>`coalesce(${totals.available}, 0)`,
        variants: sql<number>`coalesce(${totals.variants}, 0)`,
      })
      .from(warehouses)
      .leftJoin(totals, eq(totals.warehouseId, warehouses.id))
      .where(and(eq(warehouses.organizationId, ctx.org.id), isNull(warehouses.deletedAt)))
      .orderBy(desc(warehouses.isDefault), desc(warehouses.isActive), asc(sql`lower(${warehouses.name})`));
    return rows.map(({ warehouse: w, ...t }) => ({
      id: w.id,
      name: w.name,
      code: w.code,
      address: w.address,
      contactPerson: w.contactPerson,
      phone: w.phone,
      email: w.email,
      isActive: w.isActive,
      isDefault: w.isDefault,
      quantity: Number(t.quantity),
      reserved: Number(t.reserved),
      available: Number(t.available),
      variants: Number(t.variants),
    }));
  });
}

/** id, name and state of each warehouse, for pickers and filters. */
export async function listWarehouseOptions(ctx: OrgContext) {
  requirePermission(ctx, 'inventory.view');
  return ctx.tx((tx) =>
    tx
      .select({ id: warehouses.id, name: warehouses.name, isActive: warehouses.isActive, isDefault: warehouses.isDefault })
      .from(warehouses)
      .where(and(eq(warehouses.organizationId, ctx.org.id), isNull(warehouses.deletedAt)))
      .orderBy(desc(warehouses.isDefault), desc(warehouses.isActive), asc(sql`lower(${warehouses.name})`)),
  );
}
