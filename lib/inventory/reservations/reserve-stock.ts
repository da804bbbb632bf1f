import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { stockLevels, stockReservations, warehouses } from '@/db/schema';
import { conflict } from '@/lib/server/errors';

export type ReservationLine = {
  orderItemId: string;
  productId: string;
  variantId: string;
  quantity: number;
  allowBackorder: boolean;
  /** Shown in the out-of-stock message, e.g. "Trail boot (42)". */
  label: string;
};

/**
 * Holds stock for an order's lines, warehouse by warehouse: the default warehouse first, then
 * the others by what they have available. The caller has locked the lines' products
 * (lockProductsForStock), so nothing else changes these stock rows until it commits: what is
 * read here is what is reserved, and two orders can never both take the last unit.
 * A line that does not fit is refused (CONFLICT, naming it) unless its product allows
 * backorders; then the rest is reserved in the default warehouse beyond its quantity.
 */
export async function reserveStock(tx: Tx, orgId: string, orderId: string, lines: ReservationLine[]) {
  if (lines.length === 0) return;
  const rows = await tx
    .select({ id: stockLevels.id, variantId: stockLevels.variantId, warehouseId: stockLevels.warehouseId, available: stockLevels.available })
    .from(stockLevels)
    .innerJoin(warehouses, and(eq(warehouses.organizationId, stockLevels.organizationId), eq(warehouses.id, stockLevels.warehouseId)))
    .where(and(eq(stockLevels.organizationId, orgId), inArray(stockLevels.variantId, lines.map((l) => l.variantId)), eq(warehouses.isActive, true), isNull(warehouses.deletedAt)))
    .orderBy(stockLevels.variantId, desc(warehouses.isDefault), desc(stockLevels.available), stockLevels.warehouseId)
    .for('update', { of: stockLevels })
    .prepare('reserve_stock_rows')
    .execute();
  const holds: (typeof stockReservations.$inferInsert)[] = [];
  const takes: { id: string; quantity: number }[] = [];
  for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
    const mine = rows.filter((r) => r.variantId === line.variantId);
    let remaining = line.quantity;
    const lineTakes: { id: string; warehouseId: string; quantity: number }[] = [];
    for (const row of mine) {
      const take = Math.min(remaining, Math.max(0, row.available));
      if (take > 0) lineTakes.push({ id: row.id, warehouseId: row.warehouseId, quantity: take });
      remaining -= take;
      if (remaining === 0) break;
    }
    if (remaining > 0) {
      const available = line.quantity - remaining;
      if (!line.allowBackorder || mine.length === 0) {
        throw conflict(available > 0 ? `Only ${available} of ${line.label} left in stock.` : `${line.label} is out of stock.`, {
          [`lines.${line.variantId}`]: [available > 0 ? `Only ${available} left.` : 'Out of stock.'],
        });
      }
      const first = lineTakes.find((t) => t.id === mine[0]!.id);
      if (first) first.quantity += remaining;
      else lineTakes.push({ id: mine[0]!.id, warehouseId: mine[0]!.warehouseId, quantity: remaining });
    }
    for (const take of lineTakes) {
      takes.push(take);
      holds.push({ organizationId: orgId, orderId, orderItemId: line.orderItemId, productId: line.productId, variantId: line.variantId, warehouseId: take.warehouseId, quantity: take.quantity });
    }
  }
  const writes = await Promise.allSettled([
    ...takes.map((take) =>
      tx
        .update(stockLevels)
        .set({ reserved: sql`${stockLevels.reserved} + ${take.quantity}`, updatedAt: new Date() })
        .where(and(eq(stockLevels.organizationId, orgId), eq(stockLevels.id, take.id)))
        .prepare('reserve_stock_take')
        .execute(),
    ),
    ...(holds.length > 0 ? [tx.insert(stockReservations).values(holds).prepare('reserve_stock_holds').execute()] : []),
  ]);
  const failed = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failed) throw failed.reason;
}
