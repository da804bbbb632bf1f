import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { productVariants, stockLevels, warehouses } from '@/db/schema';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';

export type VariantStock = { warehouseId: string; warehouseName: string; quantity: number; reserved: number; available: number };

/**
 * A product's variants in matrix order, each with the price a shopper pays (its own price,
 * else the product's price plus its adjustment) and, for roles that may see inventory, its
 * stock per warehouse.
 */
export async function listVariants(ctx: OrgContext, productId: string) {
  requirePermission(ctx, 'catalog.view');
  const orgId = ctx.org.id;
  const withStock = ctx.can('inventory.view');
  return ctx.tx(async (tx) => {
    const product = await getProductInOrg(tx, orgId, productId);
    const variants = await tx
      .select()
      .from(productVariants)
      .where(and(eq(productVariants.organizationId, orgId), eq(productVariants.productId, product.id), isNull(productVariants.deletedAt)))
      .orderBy(asc(productVariants.sortOrder), asc(productVariants.createdAt));
    const stock =
      withStock && variants.length > 0
        ? await tx
            .select({
              variantId: stockLevels.variantId,
              warehouseId: warehouses.id,
              warehouseName: warehouses.name,
              quantity: stockLevels.quantity,
              reserved: stockLevels.reserved,
              available: stockLevels.available,
            })
            .from(stockLevels)
            .innerJoin(warehouses, and(eq(warehouses.organizationId, stockLevels.organizationId), eq(warehouses.id, stockLevels.warehouseId)))
            .where(and(eq(stockLevels.organizationId, orgId), inArray(stockLevels.variantId, variants.map((v) => v.id)), isNull(warehouses.deletedAt)))
            .orderBy(asc(warehouses.name))
        : [];

    return {
      product: { id: product.id, name: product.name, currency: product.currency, price: product.price, options: product.options },
      variants: variants.map((variant) => {
        const own = stock.filter((s) => s.variantId === variant.id).map(({ variantId: _, ...s }) => s);
        return {
          ...variant,
          effectivePrice: variant.price ?? product.price + variant.priceAdjustment,
          stock: withStock ? own : null,
          totalAvailable: withStock ? own.reduce((sum, s) => sum + s.available, 0) : null,
        };
      }),
    };
  });
}

export type VariantRow = Awaited<ReturnType<typeof listVariants>>['variants'][number];
