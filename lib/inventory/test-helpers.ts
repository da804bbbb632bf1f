import { and, eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, inventoryMovements, stockLevels, warehouses } from '@/db/schema';

/** Rows read past RLS, for asserting what a verb did (tests only). */
export async function stockRow(variantId: string, warehouseId: string) {
  const [row] = await withPlatform((tx) =>
    tx.select().from(stockLevels).where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.warehouseId, warehouseId))),
  );
  return row;
}

export function movementsOf(variantId: string) {
  return withPlatform((tx) => tx.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, variantId)));
}

export async function warehouseRow(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(warehouses).where(eq(warehouses.id, id)));
  return row!;
}

export function auditOf(entityId: string) {
  return withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, entityId)));
}

export const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
