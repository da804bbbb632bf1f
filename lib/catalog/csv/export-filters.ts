import type { PendingQuery, Row, TransactionSql } from 'postgres';
import { z } from 'zod';
import { PRODUCT_STATUSES } from '@/db/schema/values';
import { containsPattern } from '@/lib/server/list-query';

// The list's values (in_stock, low, out) and their long spellings.
const STOCK_STATES = { in_stock: 'in_stock', low: 'low', low_stock: 'low', out: 'out', out_of_stock: 'out' } as const;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined), schema.optional()).catch(undefined);

/**
 * The products list's filters, from the export URL, with the list's meaning: q is part of the
 * name, SKU or barcode; category an id (or slug) with its sub-categories; stock in_stock (above
 * the low-stock threshold), low or out. A malformed value is ignored, as on the list page.
 */
export const ExportFilters = z.object({
  q: optional(z.string().max(200)),
  category: optional(z.string().max(200)),
  status: optional(z.enum(PRODUCT_STATUSES)),
  stock: optional(z.enum(Object.keys(STOCK_STATES) as [keyof typeof STOCK_STATES]).transform((s) => STOCK_STATES[s])),
  tag: optional(z.string().max(100)),
});
export type ExportFilters = z.infer<typeof ExportFilters>;

/** The WHERE conditions (after `p.organization_id = …`) for products aliased `p`. */
export function filterSql(sql: TransactionSql, orgId: string, f: ExportFilters): PendingQuery<Row[]> {
  const none = sql``;
  const pattern = f.q ? containsPattern(f.q) : '';
  return sql`
    ${f.q ? sql`and (p.name ilike ${pattern} or p.sku ilike ${pattern} or p.barcode ilike ${pattern})` : none}
    ${f.category ? sql`and p.category_id in (
      with recursive tree(id) as (
        select id from categories where organization_id = ${orgId} and (id = ${f.category} or slug = ${f.category.toLowerCase()})
        union
        select c.id from categories c join tree t on c.parent_id = t.id where c.organization_id = ${orgId}
      ) select id from tree)` : none}
    ${f.status ? sql`and p.status = ${f.status}` : none}
    ${f.stock === 'in_stock' ? sql`and p.stock_available > 0 and p.stock_available > p.low_stock_threshold` : none}
    ${f.stock === 'low' ? sql`and p.stock_available > 0 and p.stock_available <= p.low_stock_threshold` : none}
    ${f.stock === 'out' ? sql`and p.stock_available <= 0` : none}
    ${f.tag ? sql`and p.tags @> array[${f.tag}]::text[]` : none}`;
}
