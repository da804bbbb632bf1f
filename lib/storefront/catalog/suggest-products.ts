import 'server-only';
import { sql } from 'drizzle-orm';
import type { StorefrontContext } from '@/lib/server/context';
import { matchPage, similarMatch, type SearchMatch } from './search-match';
import { nameContainsPatterns, searchWords } from './search-terms';

export type Suggestion = { name: string; slug: string };
const MAX_SUGGESTIONS = 8;

/**
 * Product names for the search box as the shopper types: names containing every word (names
 * that start with the text first, then shorter ones), or, when none does, similar names.
 */
export async function suggestProducts(ctx: StorefrontContext, q: string): Promise<Suggestion[]> {
  const words = searchWords(q);
  const patterns = nameContainsPatterns(words);
  if (patterns.length === 0) return [];
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const contains: SearchMatch = {
      where: sql.join(
        patterns.map((p) => sql`p.name ilike ${p}`),
        sql` and `,
      ),
      // rank: starts with the text, then shorter names (closer to what was typed).
      rank: sql`(case when lower(p.name) like ${`${words.join(' ')}%`} then 1000 else 0 end) - length(p.name)`,
    };
    let found = await matchPage(tx, orgId, contains, { limit: MAX_SUGGESTIONS, offset: 0, cap: 500 });
    if (found.ids.length === 0)
      found = await matchPage(tx, orgId, await similarMatch(tx, words), { limit: MAX_SUGGESTIONS, offset: 0, cap: 200 });
    if (found.ids.length === 0) return [];
    const rows = await tx.execute<{ id: string; name: string; slug: string }>(sql`
      select p.id, p.name, p.slug from products p
      where p.organization_id = ${orgId} and p.id in (${sql.join(
        found.ids.map((id) => sql`${id}`),
        sql`, `,
      )})`);
    const byId = new Map(rows.map((r) => [r.id, { name: r.name, slug: r.slug }]));
    return found.ids.flatMap((id) => byId.get(id) ?? []);
  });
}
