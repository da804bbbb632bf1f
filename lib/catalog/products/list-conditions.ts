import 'server-only';
import { and, asc, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { products } from '@/db/schema';
import { containsPattern } from '@/lib/server/list-query';
import type { ProductListFilters, ProductSort } from './list-filters';

/**
 * WHERE and ORDER BY of the product list, for the dashboard list and the CSV export alike.
 * The organization is always the first condition.
 */
export function productListConditions(orgId: string, filters: Omit<ProductListFilters, 'page' | 'sort'>): SQL {
  const where: (SQL | undefined)[] = [eq(products.organizationId, orgId), isNull(products.deletedAt)];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    where.push(or(ilike(products.name, pattern), ilike(products.sku, pattern), ilike(products.barcode, pattern)));
  }
  if (filters.category) {
    // The category and everything under it; UNION (not ALL) also ends a cycle, should one ever exist.
    where.push(sql`${products.categoryId} in (
      with recursive tree(id) as (
        select id from categories where organization_id = ${orgId} and id = ${filters.category}
        union
        select c.id from categories c join tree t on c.parent_id = t.id where c.organization_id = ${orgId}
      ) select id from tree)`);
  }
  if (filters.status) where.push(eq(products.status, filters.status));
  if (filters.stock === 'out') where.push(sql`${products.stockAvailable} <= 0`);
  if (filters.stock === 'low') where.push(sql`${products.stockAvailable} > 0 and ${products.stockAvailable} <= ${products.lowStockThreshold}`);
  if (filters.stock === 'in_stock') where.push(sql`${products.stockAvailable} > ${products.lowStockThreshold} and ${products.stockAvailable} > 0`);
  if (filters.tag) where.push(sql`${products.tags} @> array[${filters.tag}]::text[]`);
  return and(...where)!;
}

/** Every order ends with the id, so pages never repeat or skip rows with equal keys. */
export function productListOrder(sort: ProductSort): SQL[] {
  const by: Record<ProductSort, SQL[]> = {
    newest: [desc(products.createdAt)],
    oldest: [asc(products.createdAt)],
    updated: [desc(products.updatedAt)],
    name: [asc(sql`lower(${products.name})`)],
    price_asc: [asc(products.price)],
    price_desc: [desc(products.price)],
    stock_asc: [asc(products.stockAvailable)],
    stock_desc: [desc(products.stockAvailable)],
  };
  const tieBreak = sort === 'oldest' || sort === 'name' || sort === 'price_asc' || sort === 'stock_asc' ? asc(products.id) : desc(products.id);
  return [...by[sort], tieBreak];
}
