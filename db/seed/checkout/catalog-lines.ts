import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../client';
import { products, productVariants, stockLevels, warehouses } from '../../schema';

export type SellableVariant = {
  productId: string;
  variantId: string;
  name: string;
  variantName: string | null;
  sku: string | null;
  unitPrice: number;
  taxRateBps: number;
  weightGrams: number;
  requiresShipping: boolean;
};

/** Active, physical products' live variants with their price, in a steady order (by SKU, then id). */
export async function sellableVariants(tx: Tx, orgId: string): Promise<SellableVariant[]> {
  const rows = await tx
    .select({
      productId: products.id,
      variantId: productVariants.id,
      name: products.name,
      variantName: productVariants.name,
      isDefault: productVariants.isDefault,
      sku: productVariants.sku,
      unitPrice: sql<number>`coalesce(${productVariants.price}, ${products.price} + ${productVariants.priceAdjustment})`.mapWith(Number),
      taxRateBps: products.taxRateBps,
      weightGrams: sql<number>`coalesce(${productVariants.weightGrams}, ${products.weightGrams}, 0)`.mapWith(Number),
      requiresShipping: products.requiresShipping,
    })
    .from(productVariants)
    .innerJoin(products, and(eq(products.organizationId, productVariants.organizationId), eq(products.id, productVariants.productId)))
    .where(
      and(
        eq(productVariants.organizationId, orgId),
        eq(products.status, 'active'),
        eq(products.isDigital, false),
        isNull(products.deletedAt),
        isNull(productVariants.deletedAt),
        eq(productVariants.isActive, true),
      ),
    )
    .orderBy(asc(products.sku), asc(products.id), asc(productVariants.sortOrder), asc(productVariants.id));
  return rows.map(({ isDefault, ...r }) => ({ ...r, variantName: isDefault ? null : r.variantName }));
}

/** The variant's stock row in an active warehouse with the most available (default first on ties), locked. */
export async function stockRowFor(tx: Tx, orgId: string, variantId: string) {
  const [row] = await tx
    .select({ id: stockLevels.id, warehouseId: stockLevels.warehouseId, available: stockLevels.available, quantity: stockLevels.quantity })
    .from(stockLevels)
    .innerJoin(warehouses, and(eq(warehouses.organizationId, stockLevels.organizationId), eq(warehouses.id, stockLevels.warehouseId)))
    .where(and(eq(stockLevels.organizationId, orgId), eq(stockLevels.variantId, variantId), eq(warehouses.isActive, true), isNull(warehouses.deletedAt)))
    .orderBy(sql`${stockLevels.available} desc`, sql`${warehouses.isDefault} desc`, asc(stockLevels.id))
    .limit(1)
    .for('update', { of: stockLevels });
  return row;
}
