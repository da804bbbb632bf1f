import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { categories, productImages, products } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { stockStateOf, type StockState } from './labels';
import { PRODUCTS_PAGE_SIZE, type ProductListFilters } from './list-filters';
import { productListConditions, productListOrder } from './list-conditions';

export type ProductListRow = {
  id: string;
  name: string;
  sku: string | null;
  slug: string;
  status: (typeof products.$inferSelect)['status'];
  price: number;
  basePrice: number;
  salePrice: number | null;
  currency: string;
  stockAvailable: number;
  stockState: StockState;
  categoryName: string | null;
  /** Storage key of the primary image's thumbnail. */
  thumbnailKey: string | null;
  updatedAt: Date;
};

/** One page of the organization's products, searched, filtered and sorted as the URL says. */
export async function listProducts(ctx: OrgContext, filters: ProductListFilters): Promise<Paged<ProductListRow>> {
  requirePermission(ctx, 'catalog.view');
  const where = productListConditions(ctx.org.id, filters);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(products).where(where);
    const window = pageWindow(total, filters.page, PRODUCTS_PAGE_SIZE);
    const rows = await tx
      .select({
        id: products.id,
        name: products.name,
        sku: products.sku,
        slug: products.slug,
        status: products.status,
        price: products.price,
        basePrice: products.basePrice,
        salePrice: products.salePrice,
        currency: products.currency,
        stockAvailable: products.stockAvailable,
        lowStockThreshold: products.lowStockThreshold,
        categoryName: categories.name,
        thumbnailKey: productImages.thumbnailKey,
        updatedAt: products.updatedAt,
      })
      .from(products)
      .leftJoin(categories, and(eq(categories.organizationId, products.organizationId), eq(categories.id, products.categoryId)))
      .leftJoin(
        productImages,
        and(eq(productImages.organizationId, products.organizationId), eq(productImages.productId, products.id), eq(productImages.isPrimary, true)),
      )
      .where(where)
      .orderBy(...productListOrder(filters.sort))
      .limit(PRODUCTS_PAGE_SIZE)
      .offset(window.offset);
    const shaped = rows.map(({ lowStockThreshold, ...row }) => ({ ...row, stockState: stockStateOf(row.stockAvailable, lowStockThreshold) }));
    return paged(shaped, total, window.page, PRODUCTS_PAGE_SIZE);
  });
}
