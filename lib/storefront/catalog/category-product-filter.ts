import 'server-only';
import { and, asc, desc, eq, exists, gt, gte, inArray, lte, or, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productAttributes, products } from '@/db/schema';
import type { CatalogSort, CategoryFilters } from './category-filters';
import { visibleProducts } from './visible';

/** The WHERE of a category listing: visible, in these categories, within price and stock. */
export function categoryProductsWhere(orgId: string, categoryIds: string[], f: Pick<CategoryFilters, 'min' | 'max' | 'inStock'>): SQL {
  return and(
    visibleProducts(orgId),
    inArray(products.categoryId, categoryIds),
    f.min !== null ? gte(products.price, f.min) : undefined,
    f.max !== null ? lte(products.price, f.max) : undefined,
    f.inStock ? or(gt(products.stockAvailable, 0), eq(products.allowBackorder, true)) : undefined,
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
