import 'server-only';
import { and, asc, desc, eq, exists, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productAttributes, products } from '@/db/schema';
import type { CatalogSort, CategoryFilters } from './category-filters';
import { productAvailable } from './product-availability';
import { visibleProducts } from './visible';

/**
 * The WHERE of a category listing: visible, in these categories, within price and stock.
 * The price range (and SORT_ORDER) deliberately use `products.price`, not the variant prices
 * the cards show as "From …": one indexed number per product keeps listings cheap, at the cost
 * that a product whose variants are priced differently may sort or filter by its own price.
 */
export function categoryProductsWhere(
  tx: Tx,
  orgId: string,
  categoryIds: string[],
  f: Pick<CategoryFilters, 'min' | 'max' | 'inStock'>,
): SQL {
  return and(
    visibleProducts(orgId),
    inArray(products.categoryId, categoryIds),
    f.min !== null ? gte(products.price, f.min) : undefined,
    f.max !== null ? lte(products.price, f.max) : undefined,
    f.inStock ? productAvailable(tx, orgId) : undefined,
  )!;
}

/**
 * Attribute filters: values of one name widen (Colour is Red or Blue), different names
 * narrow (and Material is Cotton), as shoppers expect from faceted lists.
 */
export function attributeConditions(tx: Tx, orgId: string, attributes: CategoryFilters['attributes']): SQL[] {
  const byName = new Map<string, string[]>();
  for (const a of attributes) byName.set(a.name, [...(byName.get(a.name) ?? []), a.value]);
  return [...byName].map(([name, values]) =>
    exists(
      tx
        .select({ one: productAttributes.id })
        .from(productAttributes)
        .where(
          and(
            eq(productAttributes.organizationId, orgId),
            eq(productAttributes.productId, products.id),
            eq(productAttributes.name, name),
            inArray(productAttributes.value, values),
          ),
        ),
    ),
  );
}

export const SORT_ORDER: Record<CatalogSort, SQL[]> = {
  newest: [desc(products.createdAt), desc(products.id)],
  price_asc: [asc(products.price), asc(products.id)],
  price_desc: [desc(products.price), desc(products.id)],
  name: [asc(products.name), asc(products.id)],
};
