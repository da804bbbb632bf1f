import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { categories, products } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { fileUrl } from '@/lib/storage';
import { loadProductCards, type ProductCard } from './product-cards';
import { visibleCategories, visibleProducts } from './visible';

export type CategoryTile = { id: string; name: string; slug: string; imageUrl: string | null };
export type HomeCatalog = { products: ProductCard[]; featured: boolean; categories: CategoryTile[] };

const HOME_PRODUCTS = 8;
const HOME_CATEGORIES = 8;

/**
 * The front page's shelves: the featured products (the newest ones when nothing is
 * featured) and the top-level categories in the merchant's order.
 */
export async function getHomeCatalog(ctx: StorefrontContext): Promise<HomeCatalog> {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const newest = [desc(products.createdAt), desc(products.id)] as const;
    let featured = true;
    let rows = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(visibleProducts(orgId), eq(products.isFeatured, true)))
      .orderBy(...newest)
      .limit(HOME_PRODUCTS);
    if (rows.length === 0) {
      featured = false;
      rows = await tx
        .select({ id: products.id })
        .from(products)
        .where(visibleProducts(orgId))
        .orderBy(...newest)
        .limit(HOME_PRODUCTS);
    }
    const tiles = await tx
      .select({ id: categories.id, name: categories.name, slug: categories.slug, imageKey: categories.imageKey })
      .from(categories)
      .where(and(visibleCategories(orgId), isNull(categories.parentId)))
      .orderBy(asc(categories.sortOrder), asc(categories.name))
      .limit(HOME_CATEGORIES);
    return {
      products: await loadProductCards(
        tx,
        ctx.org,
        rows.map((r) => r.id),
      ),
      featured,
      categories: tiles.map(({ imageKey, ...c }) => ({ ...c, imageUrl: imageKey ? fileUrl(imageKey) : null })),
    };
  });
}
