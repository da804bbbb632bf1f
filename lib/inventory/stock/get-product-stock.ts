import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { productVariants, stockLevels, warehouses } from '@/db/schema';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';

export type StockCell = {
  quantity: number;
  reserved: number;
  available: number;
  reorderLevel: number;
  maxLevel: number | null;
  exists: boolean;
};
export type ProductStock = Awaited<ReturnType<typeof getProductStock>>;

const EMPTY: StockCell = {
  quantity: 0,
  reserved: 0,
  available: 0,
  reorderLevel: 0,
  maxLevel: null,
  exists: false,
};

/**
 * A product's stock as a matrix: its variants × the organization's warehouses (active ones,
 * and inactive ones that still hold a row), with 0 where a variant has no row in a warehouse.
 * `cells[i]` of a variant is its stock in `warehouses[i]`.
 */
export async function getProductStock(ctx: OrgContext, productId: string) {
  requirePermission(ctx, 'inventory.view');
  return ctx.tx(async (tx) => {
    const product = await getProductInOrg(tx, ctx.org.id, productId);
    const variants = await tx
      .select({
        id: productVariants.id,
        name: productVariants.name,
        sku: productVariants.sku,
        isActive: productVariants.isActive,
      })
      .from(productVariants)
      .where(and(eq(productVariants.organizationId, ctx.org.id), eq(productVariants.productId, product.id), isNull(productVariants.deletedAt)))
      .orderBy(asc(productVariants.sortOrder), asc(productVariants.id));
    const levels = await tx
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.organizationId, ctx.org.id), eq(stockLevels.productId, product.id)));
    const allWarehouses = await tx
      .select({
        id: warehouses.id,
        name: warehouses.name,
        isActive: warehouses.isActive,
        isDefault: warehouses.isDefault,
      })
      .from(warehouses)
      .where(and(eq(warehouses.organizationId, ctx.org.id), isNull(warehouses.deletedAt)))
      .orderBy(desc(warehouses.isDefault), desc(warehouses.isActive), asc(sql`lower(${warehouses.name})`));
    const byKey = new Map(levels.map((l) => [`${l.variantId}:${l.warehouseId}`, l]));
    const held = new Set(levels.map((l) => l.warehouseId));
    const shown = allWarehouses.filter((w) => w.isActive || held.has(w.id));
    const rows = variants.map((variant) => {
      const cells = shown.map((w): StockCell => {
        const l = byKey.get(`${variant.id}:${w.id}`);
        return l
          ? {
              quantity: l.quantity,
              reserved: l.reserved,
              available: l.available,
              reorderLevel: l.reorderLevel,
              maxLevel: l.maxLevel,
              exists: true,
            }
          : EMPTY;
      });
      const total = cells.reduce(
        (sum, c) => ({
          quantity: sum.quantity + c.quantity,
          reserved: sum.reserved + c.reserved,
          available: sum.available + c.available,
        }),
        {
          quantity: 0,
          reserved: 0,
          available: 0,
        },
      );
      return { ...variant, cells, total };
    });
    return {
      product: {
        id: product.id,
        name: product.name,
        allowBackorder: product.allowBackorder,
        lowStockThreshold: product.lowStockThreshold,
        stockAvailable: product.stockAvailable,
      },
      warehouses: shown,
      variants: rows,
    };
  });
}
