import 'server-only';
import { sql } from 'drizzle-orm';
import { requirePermission, type OrgContext } from '@/lib/server/context';

export type CategoryOption = { id: string; name: string; depth: number; isActive: boolean; path: string };

/**
 * Every category of the organization in tree order (parents before children, siblings by
 * sort order), with its depth and full path ("Clothing › Shirts"), for pickers and filters.
 */
export async function listCategoryOptions(ctx: OrgContext): Promise<CategoryOption[]> {
  requirePermission(ctx, 'catalog.view');
  return ctx.tx(async (tx) => {
    const rows = await tx.execute<{ id: string; name: string; depth: number; is_active: boolean; path: string }>(sql`
      with recursive tree as (
        select id, name, is_active, 0 as depth, name::text as path,
               array[lpad(sort_order::text, 10, '0') || id] as sort_key
        from categories
        where organization_id = ${ctx.org.id} and parent_id is null and deleted_at is null
        union all
        select c.id, c.name, c.is_active, t.depth + 1, t.path || ' › ' || c.name,
               t.sort_key || (lpad(c.sort_order::text, 10, '0') || c.id)
        from categories c join tree t on c.parent_id = t.id
        where c.organization_id = ${ctx.org.id} and c.deleted_at is null
      )
      select id, name, depth, is_active, path from tree order by sort_key`);
    return rows.map((r) => ({ id: r.id, name: r.name, depth: Number(r.depth), isActive: r.is_active, path: r.path }));
  });
}
