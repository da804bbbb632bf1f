import 'server-only';
import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { inventoryMovements, products, productVariants, users, warehouses } from '@/db/schema';
import { INVENTORY_MOVEMENT_TYPES } from '@/db/schema/values';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern, paged, PageParam, pageWindow } from '@/lib/server/list-query';

export const MOVEMENTS_PAGE_SIZE = 25;

const isoDate = z.iso.date().optional().catch(undefined);

/** From the URL: anything malformed falls back to "no filter". */
export const MovementFilters = z.object({
  warehouse: z.string().trim().max(64).catch(''),
  type: z.enum(INVENTORY_MOVEMENT_TYPES).optional().catch(undefined),
  /** Part of the product or variant name, or of either SKU (the org-wide list). */
  q: z.string().trim().max(200).catch(''),
  from: isoDate,
  to: isoDate,
  page: PageParam,
});
export type MovementFilters = z.infer<typeof MovementFilters>;

const counterpart = alias(warehouses, 'counterpart');

function withMovementJoins<T extends PgSelect>(query: T) {
  return query
    .innerJoin(products, and(eq(products.organizationId, inventoryMovements.organizationId), eq(products.id, inventoryMovements.productId)))
    .innerJoin(productVariants, and(eq(productVariants.organizationId, inventoryMovements.organizationId), eq(productVariants.id, inventoryMovements.variantId)))
    .innerJoin(warehouses, and(eq(warehouses.organizationId, inventoryMovements.organizationId), eq(warehouses.id, inventoryMovements.warehouseId)))
    .leftJoin(counterpart, and(eq(counterpart.organizationId, inventoryMovements.organizationId), eq(counterpart.id, inventoryMovements.counterpartWarehouseId)))
    .leftJoin(users, eq(users.id, inventoryMovements.createdById));
}

/**
 * The inventory ledger, newest first: the whole organization's, or one product's (its Stock
 * tab). Dates are whole days in the organization's time zone. History of deleted products and
 * variants stays readable here.
 */
export async function listMovements(ctx: OrgContext, filters: MovementFilters, scope: { productId?: string } = {}) {
  requirePermission(ctx, 'inventory.view');
  const tz = ctx.org.timezone;
  const where: SQL[] = [eq(inventoryMovements.organizationId, ctx.org.id)];
  if (scope.productId) where.push(eq(inventoryMovements.productId, scope.productId));
  if (filters.warehouse) where.push(eq(inventoryMovements.warehouseId, filters.warehouse));
  if (filters.type) where.push(eq(inventoryMovements.type, filters.type));
  if (filters.q) {
    const p = containsPattern(filters.q);
    where.push(or(ilike(products.name, p), ilike(productVariants.name, p), ilike(products.sku, p), ilike(productVariants.sku, p))!);
  }
  if (filters.from) where.push(sql`${inventoryMovements.createdAt} >= (${filters.from}::date::timestamp at time zone ${tz})`);
  if (filters.to) where.push(sql`${inventoryMovements.createdAt} < ((${filters.to}::date + 1)::timestamp at time zone ${tz})`);
  const condition = and(...where);

  return ctx.tx(async (tx) => {
    if (scope.productId) await getProductInOrg(tx, ctx.org.id, scope.productId);
    const [{ n: total } = { n: 0 }] = await withMovementJoins(tx.select({ n: count() }).from(inventoryMovements).$dynamic()).where(condition);
    const window = pageWindow(total, filters.page, MOVEMENTS_PAGE_SIZE);
    const select = tx
      .select({
        id: inventoryMovements.id,
        createdAt: inventoryMovements.createdAt,
        type: inventoryMovements.type,
        quantity: inventoryMovements.quantity,
        quantityAfter: inventoryMovements.quantityAfter,
        reason: inventoryMovements.reason,
        reference: inventoryMovements.reference,
        transferId: inventoryMovements.transferId,
        productId: products.id,
        productName: products.name,
        variantName: productVariants.name,
        sku: sql<string | null>`coalesce(${productVariants.sku}, ${products.sku})`,
        warehouseId: warehouses.id,
        warehouseName: warehouses.name,
        counterpartName: counterpart.name,
        actorName: users.name,
        actorEmail: users.email,
      })
      .from(inventoryMovements)
      .$dynamic();
    const rows = await withMovementJoins(select)
      .where(condition)
      .orderBy(desc(inventoryMovements.createdAt), desc(inventoryMovements.id))
      .limit(MOVEMENTS_PAGE_SIZE)
      .offset(window.offset);
    return paged(rows, total, window.page, MOVEMENTS_PAGE_SIZE);
  });
}

export type MovementRow = Awaited<ReturnType<typeof listMovements>>['rows'][number];
