import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { categories } from '@/db/schema';

export type Crumb = { name: string; slug: string };

// Depth guard: the dashboard keeps the tree acyclic, but a storefront query must never loop.
const MAX_DEPTH = 64;

/**
 * For a query over `categories`: every ancestor of the row is active and not deleted, since a
 * hidden category hides its whole subtree (a chain deeper than the guard counts as hidden).
 */
export const ancestorsVisible = (orgId: string): SQL => sql`not exists (
  with recursive up as (
    select c.id, c.parent_id, c.is_active, c.deleted_at, 1 as depth
    from categories c where c.organization_id = ${orgId} and c.id = ${categories.parentId}
    union all
    select c.id, c.parent_id, c.is_active, c.deleted_at, up.depth + 1
    from categories c join up on c.id = up.parent_id
    where c.organization_id = ${orgId} and up.depth < ${MAX_DEPTH}
  )
  select 1 from up where not up.is_active or up.deleted_at is not null or up.depth >= ${MAX_DEPTH})`;

/** The visible categories from the root down to this one (inclusive), for breadcrumbs. */
export async function categoryTrail(tx: Tx, orgId: string, categoryId: string): Promise<Crumb[]> {
  const rows = await tx.execute<{ name: string; slug: string }>(sql`
    with recursive up as (
      select id, parent_id, name, slug, is_active, deleted_at, 0 as depth
      from categories where organization_id = ${orgId} and id = ${categoryId}
      union all
      select c.id, c.parent_id, c.name, c.slug, c.is_active, c.deleted_at, up.depth + 1
      from categories c join up on c.id = up.parent_id
      where c.organization_id = ${orgId} and up.depth < ${MAX_DEPTH}
    )
    select name, slug from up where is_active and deleted_at is null order by depth desc`);
  return rows.map((r) => ({ name: r.name, slug: r.slug }));
}

/** This category and every visible category below it (a hidden branch hides what is under it). */
export async function categoryWithDescendants(tx: Tx, orgId: string, categoryId: string): Promise<string[]> {
  const rows = await tx.execute<{ id: string }>(sql`
    with recursive tree as (
      select id, 0 as depth from categories where organization_id = ${orgId} and id = ${categoryId}
      union all
      select c.id, tree.depth + 1 from categories c join tree on c.parent_id = tree.id
      where c.organization_id = ${orgId} and c.is_active and c.deleted_at is null and tree.depth < ${MAX_DEPTH}
    )
    select id from tree`);
  return rows.map((r) => r.id);
}
