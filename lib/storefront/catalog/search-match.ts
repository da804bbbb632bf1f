import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { exactTsQuery, nameContainsPatterns, prefixTsQuery } from './search-terms';

/**
 * How search finds products, in SQL over `products p`. Each form is an AND of conditions the
 * org-leading GIN indexes answer with organization_id as one of the keys, so the work grows
 * with the matches in this store rather than in the whole table:
 * - exact words in the search document (products_search_idx) OR every word inside the name
 *   (ILIKE, products_name_trgm_idx): "wool scarf", and "hoo" as the start of "Hoodie";
 * - word similarity of the name (products_name_trgm_idx), for typos, only when nothing matched.
 * A prefix tsquery (`hoo:*`) as the match would walk every tenant's lexemes starting with
 * "hoo" (GIN keeps one posting list per lexeme, not per organization): 5-10x slower at a
 * million products. It still ranks and highlights, on the matched rows only.
 */
export type SearchMatch = { where: SQL; rank: SQL };

export function exactMatch(words: string[]): SearchMatch {
  const patterns = nameContainsPatterns(words);
  const inName = patterns.length
    ? sql.join(
        patterns.map((p) => sql`p.name ilike ${p}`),
        sql` and `,
      )
    : sql`false`;
  return {
    where: sql`(p.search_vector @@ to_tsquery('simple', ${exactTsQuery(words)}) or (${inName}))`,
    rank: sql`ts_rank_cd(p.search_vector, to_tsquery('simple', ${prefixTsQuery(words)}))`,
  };
}

// word_similarity("hodie", "Organic Cotton Hoodie") = 0.625, "hoodei" 0.57; unrelated words stay under 0.4.
const WORD_SIMILARITY_THRESHOLD = '0.5';

export async function similarMatch(tx: Tx, words: string[]): Promise<SearchMatch> {
  await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`);
  const phrase = words.join(' ');
  return { where: sql`p.name %> ${phrase}`, rank: sql`word_similarity(${phrase}, p.name)` };
}

/** One page of matching ids by rank, and how many matched (counting stops after `cap`). */
export async function matchPage(tx: Tx, orgId: string, match: SearchMatch, opts: { limit: number; offset: number; cap: number }) {
  const rows = await tx.execute<{ total: number; id: string | null }>(sql`
    with m as (
      select p.id, ${match.rank} as rank
      from products p
      where p.organization_id = ${orgId} and p.status = 'active' and p.deleted_at is null and ${match.where}
      limit ${opts.cap + 1}
    )
    select (select count(*) from m)::int as total, pg.id
    from (select 1) one
    left join lateral (select id, rank from m order by rank desc, id limit ${opts.limit} offset ${opts.offset}) pg on true
    order by pg.rank desc, pg.id`);
  return { total: rows[0]?.total ?? 0, ids: rows.flatMap((r) => (r.id ? [r.id] : [])) };
}
