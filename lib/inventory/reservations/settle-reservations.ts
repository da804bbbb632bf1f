import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { inventoryMovements, stockLevels, stockReservations } from '@/db/schema';
import { lockProductsForStock } from './lock-products';

async function activeReservations(tx: Tx, orgId: string, orderId: string) {
  const rows = await tx
    .select()
    .from(stockReservations)
    .where(and(eq(stockReservations.organizationId, orgId), eq(stockReservations.orderId, orderId), eq(stockReservations.status, 'active')))
    .for('update');
  await lockProductsForStock(tx, orgId, rows.map((r) => r.productId));
  return rows;
}

const levelOf = (orgId: string, r: { warehouseId: string; variantId: string }) =>
  and(eq(stockLevels.organizationId, orgId), eq(stockLevels.warehouseId, r.warehouseId), eq(stockLevels.variantId, r.variantId));

/** Gives an order's held stock back (a cancelled or refunded order). Returns the units released. */
export async function releaseReservations(tx: Tx, orgId: string, orderId: string): Promise<number> {
  const rows = await activeReservations(tx, orgId, orderId);
  for (const r of rows) {
    await tx
      .update(stockLevels)
      .set({ reserved: sql`${stockLevels.reserved} - ${r.quantity}`, updatedAt: new Date() })
      .where(levelOf(orgId, r));
  }
  if (rows.length > 0) {
    await tx.update(stockReservations).set({ status: 'released', updatedAt: new Date() }).where(inArray(stockReservations.id, rows.map((r) => r.id)));
  }
  return rows.reduce((sum, r) => sum + r.quantity, 0);
}

/**
 * The goods left the warehouse (a delivered order): each held unit becomes an OUT inventory
 * movement, so quantity and reserved both drop by it and `available` does not move.
 */
export async function fulfilReservations(
  tx: Tx,
  scope: { orgId: string; userId: string | null },
  { orderId, reference }: { orderId: string; reference: string },
): Promise<number> {
  const rows = await activeReservations(tx, scope.orgId, orderId);
  for (const r of rows) {
    const [level] = await tx
      .update(stockLevels)
      .set({ quantity: sql`${stockLevels.quantity} - ${r.quantity}`, reserved: sql`${stockLevels.reserved} - ${r.quantity}`, updatedAt: new Date() })
      .where(levelOf(scope.orgId, r))
      .returning({ quantity: stockLevels.quantity });
    await tx.insert(inventoryMovements).values({
      organizationId: scope.orgId,
      productId: r.productId,
      variantId: r.variantId,
      warehouseId: r.warehouseId,
      type: 'out',
      quantity: -r.quantity,
      quantityAfter: level!.quantity,
      reason: 'Order delivered',
      reference,
      createdById: scope.userId,
    });
  }
  if (rows.length > 0) {
    await tx.update(stockReservations).set({ status: 'fulfilled', updatedAt: new Date() }).where(inArray(stockReservations.id, rows.map((r) => r.id)));
  }
  return rows.reduce((sum, r) => sum + r.quantity, 0);
}
