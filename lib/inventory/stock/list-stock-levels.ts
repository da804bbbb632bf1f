import 'server-only';
import { and, asc, count, eq, gt, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { products, productVariants, stockLevels, warehouses } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern, paged, PageParam, pageWindow } from '@/lib/server/list-query';

export const STOCK_PAGE_SIZE = 25;

/** From the URL: anything malformed falls back to "no filter". */
export const StockLevelFilters = z.object({
  /** Part of the product or variant name, or of either SKU. */
  q: z.string().trim().max(200).catch(''),
  warehouse: z.string().trim().max(64).catch(''),
  /** Only rows with units to move (the transfer page). */
  inStock: z.boolean().optional().catch(undefined),
  page: PageParam,
});
export type StockLevelFilters = z.infer<typeof StockLevelFilters>;

/** A stock row's product, variant and warehouse (same organization, by the composite keys). */
function withStockJoins<T extends PgSelect>(query: T) {
  return query
    .innerJoin(products, and(eq(products.organizationId, stockLevels.organizationId), eq(products.id, stockLevels.productId)))
    .innerJoin(productVariants, and(eq(productVariants.organizationId, stockLevels.organizationId), eq(productVariants.id, stockLevels.variantId)))
    .innerJoin(warehouses, and(eq(warehouses.organizationId, stockLevels.organizationId), eq(warehouses.id, stockLevels.warehouseId)));
}

/** Every stock row (variant × warehouse) of the organization's live products, by product, variant and warehouse. */
export async function listStockLevels(ctx: OrgContext, filters: StockLevelFilters) {
  requirePermission(ctx, 'inventory.view');
  const where: SQL[] = [eq(stockLevels.organizationId, ctx.org.id), isNull(products.deletedAt), isNull(productVariants.deletedAt), isNull(warehouses.deletedAt)];
  if (filters.warehouse) where.push(eq(stockLevels.warehouseId, filters.warehouse));
  // Units to move must sit in an active warehouse: inactive ones take part in no movement.
  if (filters.inStock) where.push(gt(stockLevels.available, 0), eq(warehouses.isActive, true));
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    where.push(or(ilike(products.name, pattern), ilike(productVariants.name, pattern), ilike(products.sku, pattern), ilike(productVariants.sku, pattern))!);
  }
  const condition = and(...where);
  return ctx.tx(async (tx) => {
    const [{ n: total } = { n: 0 }] = await withStockJoins(tx.select({ n: count() }).from(stockLevels).$dynamic()).where(condition);
    const window = pageWindow(total, filters.page, STOCK_PAGE_SIZE);
    const select = tx
      .select({
        id: stockLevels.id,
        productId: products.id,
        productName: products.name,
        allowBackorder: products.allowBackorder,
        variantId: productVariants.id,
        variantName: productVariants.name,
        sku: sql<string | null>`coalesce(${productVariants.sku}, ${products.sku})`,
        variantActive: productVariants.isActive,
        warehouseId: warehouses.id,
        warehouseName: warehouses.name,
        warehouseActive: warehouses.isActive,
        quantity: stockLevels.quantity,
        reserved: stockLevels.reserved,
        available: stockLevels.available,
        reorderLevel: stockLevels.reorderLevel,
        maxLevel: stockLevels.maxLevel,
      })
      .from(stockLevels)
      .$dynamic();
    const rows = await withStockJoins(select)
      .where(condition)
      .orderBy(asc(sql`lower(${products.name})`), asc(products.id), asc(productVariants.sortOrder), asc(productVariants.id), asc(sql`lower(${warehouses.name})`))
      .limit(STOCK_PAGE_SIZE)
      .offset(window.offset);
    return paged(rows, total, window.page, STOCK_PAGE_SIZE);
  });
}

export type StockLevelRow = Awaited<ReturnType<typeof listStockLevels>>['rows'][number];
