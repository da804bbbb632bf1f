import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import type { categories, products } from '@/db/schema';
import { CATALOG_SLUG_MAX, catalogSlugFor } from '@/lib/catalog/slug';
import { escapeLike } from '@/lib/server/list-query';

type SlugTable = typeof products | typeof categories;
type SlugSource = {
  table: SlugTable;
  /** The partial unique index on (organization_id, slug) of live rows. */
  constraint: string;
  orgId: string;
  name: string;
  /** The slug of a name with no Latin letters left ("category", "product"). */
  fallback: string;
  /** The row being renamed, whose own slug does not count as taken. */
  excludeId?: string;
};

/** The name's slug, or the first free `<slug>-2`, `-3`… among the organization's live rows. */
export async function freeSlug(tx: Tx, { table, orgId, name, fallback, excludeId }: SlugSource): Promise<string> {
  const base = catalogSlugFor(name, fallback)
    .slice(0, CATALOG_SLUG_MAX - 6)
    .replace(/-+$/, '');
  const rows = await tx.execute<{ slug: string }>(sql`
    select slug from ${table}
    where organization_id = ${orgId} and deleted_at is null ${excludeId ? sql`and id <> ${excludeId}` : sql.empty()}
      and (slug = ${base} or slug like ${`${escapeLike(base)}-%`})`);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const ATTEMPTS = 10;

/**
 * Writes a row whose slug is made from its name: `write` runs in a savepoint with a free slug,
 * and if a parallel write took that slug first (the unique index refuses it) it runs again with
 * the next one, so the person who left the slug empty never sees "slug taken".
 */
export async function withFreeSlug<T>(tx: Tx, source: SlugSource, write: (tx: Tx, slug: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const slug = await freeSlug(tx, source);
    try {
      return await tx.transaction((savepoint) => write(savepoint, slug));
    } catch (e) {
      if (attempt >= ATTEMPTS || !isUniqueViolation(e, source.constraint)) throw e;
    }
  }
}
