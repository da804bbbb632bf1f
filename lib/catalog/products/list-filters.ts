import { z } from 'zod';
import { PRODUCT_STATUSES } from '@/db/schema/values';
import { PageParam } from '@/lib/server/list-query';
import { STOCK_STATES } from './labels';

/**
 * The product list's state as it sits in the URL (`?q=&category=&status=&stock=&tag=&sort=&page=`),
 * shared by the dashboard list and the CSV export link. Anything malformed means "no filter".
 */
export const PRODUCTS_PAGE_SIZE = 25;

export const PRODUCT_SORTS = ['newest', 'oldest', 'updated', 'name', 'price_asc', 'price_desc', 'stock_asc', 'stock_desc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const PRODUCT_SORT_LABELS: Record<ProductSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  updated: 'Recently updated',
  name: 'Name (A–Z)',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  stock_asc: 'Stock: low to high',
  stock_desc: 'Stock: high to low',
};

export const ProductListFilters = z.object({
  /** Part of the name, SKU or barcode. */
  q: z.string().trim().max(200).catch(''),
  /** A category id; its sub-categories are included. */
  category: z.string().trim().max(64).catch(''),
  status: z.enum(PRODUCT_STATUSES).optional().catch(undefined),
  stock: z.enum(STOCK_STATES).optional().catch(undefined),
  tag: z.string().trim().max(100).catch(''),
  sort: z.enum(PRODUCT_SORTS).catch('newest'),
  page: PageParam,
});
export type ProductListFilters = z.output<typeof ProductListFilters>;

/** The filters as query params (empty ones and the default sort left out), without the page. */
export function productFilterParams(filters: Partial<ProductListFilters>): Record<string, string | undefined> {
  return {
    q: filters.q || undefined,
    category: filters.category || undefined,
    status: filters.status,
    stock: filters.stock,
    tag: filters.tag || undefined,
    sort: filters.sort && filters.sort !== 'newest' ? filters.sort : undefined,
  };
}

/** Whether anything narrows the list (the sort does not). */
export function isFiltered(filters: Partial<ProductListFilters>): boolean {
  return Boolean(filters.q || filters.category || filters.status || filters.stock || filters.tag);
}
