import 'server-only';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { categories, type Category } from '@/db/schema';
import { conflict, notFound } from '@/lib/server/errors';

/**
 * The category row, locked for this transaction: `update` for a change to the row itself,
 * `share` to keep a parent from being deleted or moved while a child is attached to it.
 */
export async function lockCategory(tx: Tx, orgId: string, id: string, strength: 'update' | 'share' = 'update', what = 'Category') {
  const [row] = await tx
    .select()
    .from(categories)
    .where(and(eq(categories.organizationId, orgId), eq(categories.id, id), isNull(categories.deletedAt)))
    .for(strength);
  if (!row) throw notFound(what);
  return row;
}

/** The WHERE clause for one category of the organization (the org is always part of it). */
export function categoryInOrg(orgId: string, id: string) {
  return and(eq(categories.organizationId, orgId), eq(categories.id, id));
}

/**
 * Ids from `id` up to its root: itself, its parent, grandparent, … (empty when it does not
 * exist in the organization). CYCLE stops the walk should a cycle ever exist.
 */
export async function ancestorChain(tx: Tx, orgId: string, id: string): Promise<string[]> {
  const rows = await tx.execute<{ id: string }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from categories
      where organization_id = ${orgId} and id = ${id} and deleted_at is null
      union all
      select c.id, c.parent_id, up.depth + 1 from categories c join up on c.id = up.parent_id
      where c.organization_id = ${orgId} and c.deleted_at is null
    ) cycle id set is_cycle using path
    select id from up where not is_cycle order by depth`);
  return rows.map((r) => r.id);
}

/** Siblings of one parent (null: the top level), in display order; ties fall back to the id. */
export function siblingsOf(orgId: string, parentId: string | null) {
  return and(
    eq(categories.organizationId, orgId),
    parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId),
    isNull(categories.deletedAt),
  );
}

/**
 * Locks a parent (null: none, the top level) and its live children in one statement, in id
 * order like every other multi-row category lock, so they cannot deadlock one another. The
 * children come back in display order.
 */
export async function lockChildren(tx: Tx, orgId: string, parentId: string | null) {
  const rows = await tx
    .select({ id: categories.id, parentId: categories.parentId, name: categories.name, sortOrder: categories.sortOrder })
    .from(categories)
    .where(
      and(
        eq(categories.organizationId, orgId),
        isNull(categories.deletedAt),
        parentId ? or(eq(categories.id, parentId), eq(categories.parentId, parentId)) : isNull(categories.parentId),
      ),
    )
    .orderBy(asc(categories.id))
    .for('update');
  if (parentId && !rows.some((r) => r.id === parentId)) throw notFound('Parent category');
  const children = rows.filter((r) => r.parentId === parentId);
  return children.sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1));
}

/** Writes 0, 1, 2, … as the sort order of `ids`, in that order (rows already in place are left alone). */
export async function writeSortOrder(tx: Tx, orgId: string, ids: string[]) {
  if (ids.length === 0) return;
  const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  await tx.execute(sql`
    update categories c set sort_order = v.ord - 1, updated_at = now()
    from unnest(array[${list}]::text[]) with ordinality as v(id, ord)
    where c.organization_id = ${orgId} and c.id = v.id and c.sort_order <> v.ord - 1`);
}

/** The sort order that puts a new child last under `parentId`. */
export async function nextSortOrder(tx: Tx, orgId: string, parentId: string | null) {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${categories.sortOrder}) + 1, 0)::int` })
    .from(categories)
    .where(siblingsOf(orgId, parentId));
  return row?.next ?? 0;
}

/** The partial unique index on live categories' (organization_id, slug). */
export const CATEGORY_SLUG_KEY = 'categories_org_slug_key';

/** A taken slug becomes an error on the slug field; anything else is rethrown. */
export function rethrowSlugConflict(e: unknown): never {
  if (isUniqueViolation(e, CATEGORY_SLUG_KEY)) {
    const message = 'Another category already uses this URL slug.';
    throw conflict(message, { slug: [message] });
  }
  throw e;
}

/** The fields an audit row keeps of a category. */
export function auditFields(c: Category) {
  return {
    name: c.name,
    slug: c.slug,
    parentId: c.parentId,
    description: c.description,
    metaTitle: c.metaTitle,
    metaDescription: c.metaDescription,
    isActive: c.isActive,
  };
}
