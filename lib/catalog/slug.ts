import { z } from 'zod';
import { suggestSlug } from '@/lib/tenancy/organizations/slug';

/** Category and product slugs appear in storefront URLs: /c/<slug>, /p/<slug>. */
export const CATALOG_SLUG_MAX = 120;
const PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export const CatalogSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter a URL slug.')
  .max(CATALOG_SLUG_MAX, `Use at most ${CATALOG_SLUG_MAX} characters.`)
  .regex(PATTERN, 'Use lower-case letters, digits and hyphens; start and end with a letter or digit.');

/** "Blue Suede Shoes" -> "blue-suede-shoes"; falls back to `fallback` for names with no latin letters left. */
export function catalogSlugFor(name: string, fallback = 'item'): string {
  return suggestSlug(name, CATALOG_SLUG_MAX) || fallback;
}
