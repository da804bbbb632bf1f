import { z } from 'zod';
import { parseDecimalAmount } from '@/lib/money/money';
import { PageParam } from '@/lib/server/list-query';

/**
 * A category page's state, all in the URL so it can be shared and the back button works:
 * `?min=10&max=50.5&in_stock=1&attr=Material:Cotton&attr=Size:M&sort=price_asc&page=2`.
 * Prices are decimals in the store's currency, turned into minor units without floats.
 */
export const CATALOG_SORTS = ['newest', 'price_asc', 'price_desc', 'name'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];
export const SORT_LABELS: Record<CatalogSort, string> = {
  newest: 'Newest',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  name: 'Name',
};

const SortParam = z.enum(CATALOG_SORTS).catch('newest');
const MAX_ATTRIBUTE_FILTERS = 20;

export type AttributeFilter = { name: string; value: string };
export type CategoryFilters = {
  /** Minor units, or null when absent or not a valid amount. */
  min: number | null;
  max: number | null;
  inStock: boolean;
  attributes: AttributeFilter[];
  sort: CatalogSort;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const first = (v: string | string[] | undefined) => all(v)[0] ?? '';

function amount(raw: string, currency: string): number | null {
  const minor = raw.trim() ? parseDecimalAmount(raw, currency) : null;
  return minor !== null && minor >= 0 ? minor : null;
}

export function parseCategoryFilters(params: RawParams, currency: string): CategoryFilters {
  let min = amount(first(params.min), currency);
  let max = amount(first(params.max), currency);
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const attributes: AttributeFilter[] = [];
  for (const raw of all(params.attr).slice(0, MAX_ATTRIBUTE_FILTERS)) {
    const at = raw.indexOf(':');
    const name = raw.slice(0, at).trim();
    const value = raw.slice(at + 1).trim();
    if (at > 0 && name && value && !attributes.some((a) => a.name === name && a.value === value)) attributes.push({ name, value });
  }
  return {
    min,
    max,
    inStock: first(params.in_stock) === '1',
    attributes,
    sort: SortParam.parse(first(params.sort) || undefined),
    page: PageParam.parse(first(params.page) || undefined),
  };
}

/** `Material:Cotton`, the form of one attribute filter in the URL. */
export const attributeParam = (a: AttributeFilter) => `${a.name}:${a.value}`;

/** The query string for these filters (page 1 and the default sort are left out). */
export function categoryQuery(params: RawParams, page: number): string {
  const query = new URLSearchParams();
  for (const key of ['min', 'max', 'in_stock', 'sort']) {
    const value = first(params[key]).trim();
    if (value && !(key === 'sort' && value === 'newest')) query.set(key, value);
  }
  for (const attr of all(params.attr)) query.append('attr', attr);
  if (page > 1) query.set('page', String(page));
  const qs = query.toString();
  return qs ? `?${qs}` : '';
}

/** The query string with every filter cleared: the shopper's sort stays, the page resets. */
export const clearedFiltersQuery = (filters: Pick<CategoryFilters, 'sort'>) => categoryQuery({ sort: filters.sort }, 1);
