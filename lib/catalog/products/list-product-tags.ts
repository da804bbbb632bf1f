import 'server-only';
import { sql } from 'drizzle-orm';
import { products } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { productListConditions } from './list-conditions';
import type { ProductListFilters } from './list-filters';

export const TAG_OPTIONS_MAX = 500;

type Narrowing = Partial<Pick<ProductListFilters, 'q' | 'category' | 'status' | 'stock'>>;

/**
 * The tags of the organization's products that match the other filters (search, category,
 * status, stock), A–Z, for the list's tag filter: the first 500, and whether there are more,
 * so the filter can say so instead of looking complete.
 */
export async function listProductTags(ctx: OrgContext, filters: Narrowing = {}): Promise<{ tags: string[]; more: boolean }> {
  requirePermission(ctx, 'catalog.view');
  const where = productListConditions(ctx.org.id, { q: '', category: '', tag: '', ...filters });
  return ctx.tx(async (tx) => {
    const rows = await tx.execute<{ tag: string }>(sql`
      select distinct tag from ${products}, unnest(${products.tags}) as tag
      where ${where}
      order by tag limit ${TAG_OPTIONS_MAX + 1}`);
    return { tags: rows.slice(0, TAG_OPTIONS_MAX).map((r) => r.tag), more: rows.length > TAG_OPTIONS_MAX };
  });
}
