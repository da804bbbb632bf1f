import 'server-only';
import { and, eq, exists, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { products, productVariants, stockLevels, warehouses } from '@/db/schema';

/**
 * The one rule for "can a shopper buy this": stock counts only in an active, not deleted
 * warehouse and only for an active, not deleted variant. `products.stock_available` counts
 * every stock row, so the storefront does not use it.
 */
const countingWarehouse = (orgId: string) =>
  and(
    eq(warehouses.organizationId, orgId),
    eq(warehouses.id, stockLevels.warehouseId),
    eq(warehouses.isActive, true),
    isNull(warehouses.deletedAt),
  );

/** The product (in the outer query) allows backorders or has a sellable variant with units available. */
export function productAvailable(tx: Tx, orgId: string): SQL<boolean> {
  const stocked = tx
    .select({ one: sql`1` })
    .from(stockLevels)
    .innerJoin(
      productVariants,
      and(
        eq(productVariants.organizationId, orgId),
        eq(productVariants.productId, stockLevels.productId),
        eq(productVariants.id, stockLevels.variantId),
        eq(productVariants.isActive, true),
        isNull(productVariants.deletedAt),
      ),
    )
    .innerJoin(warehouses, countingWarehouse(orgId))
    // Leads with (organization_id, product_id): stock_levels_org_product_idx.
    .where(and(eq(stockLevels.organizationId, orgId), eq(stockLevels.productId, products.id), gt(stockLevels.available, 0)));
  return sql<boolean>`(${or(eq(products.allowBackorder, true), exists(stocked))})`;
}

/** Units available of the variant (in the outer query), summed over the warehouses that count. */
export function variantAvailable(tx: Tx, orgId: string): SQL<number> {
  const total = tx
    .select({ n: sql`coalesce(sum(${stockLevels.available}), 0)` })
    .from(stockLevels)
    .innerJoin(warehouses, countingWarehouse(orgId))
    .where(and(eq(stockLevels.organizationId, orgId), eq(stockLevels.variantId, productVariants.id)));
  return sql`(${total})`.mapWith(Number);
}
