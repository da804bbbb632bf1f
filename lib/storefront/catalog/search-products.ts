import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { StorefrontContext } from '@/lib/server/context';
import { pageWindow, type Paged } from '@/lib/server/list-query';
import { loadProductCards, type ProductCard } from './product-cards';
import { exactMatch, matchPage, similarMatch, type SearchMatch } from './search-match';
import { prefixTsQuery, searchWords } from './search-terms';

export const SEARCH_PAGE_SIZE = 24;
/** Beyond this many matches the count reads "1000+": ranking a whole catalog helps nobody. */
export const SEARCH_RESULT_CAP = 1000;

/** A result: the card, and the name and short description as escaped HTML with `<mark>`s (see highlight.ts). */
export type SearchHit = ProductCard & { nameHtml: string; snippetHtml: string | null };
export type SearchResult = Paged<SearchHit> & {
  /** Nothing matched the words themselves; these are names that look similar (typos). */
  fuzzy: boolean;
  /** More than SEARCH_RESULT_CAP matched; `total` is the cap. */
  capped: boolean;
};

/**
 * Searches this store's visible products: words anywhere in the product (name, brand, SKU,
 * tags, keywords, descriptions) or inside the name, ranked with name matches first; when
 * nothing matches, names similar to the words. Highlights come from Postgres (ts_headline)
 * on text escaped beforehand, so a product name can never inject HTML.
 */
export async function searchProducts(ctx: StorefrontContext, input: { q: string; page?: number }): Promise<SearchResult> {
  const words = searchWords(input.q);
  if (words.length === 0) return { rows: [], total: 0, page: 1, totalPages: 1, fuzzy: false, capped: false };
  return ctx.tx(async (tx) => {
    let fuzzy = false;
    let match = exactMatch(words);
    let found = await findPage(tx, ctx.org.id, match, input.page ?? 1);
    if (found.total === 0) {
      fuzzy = true;
      match = await similarMatch(tx, words);
      found = await findPage(tx, ctx.org.id, match, input.page ?? 1);
    }
    const [cards, marks] = await Promise.all([
      loadProductCards(tx, ctx.org, found.ids),
      highlights(tx, ctx.org.id, found.ids, prefixTsQuery(words)),
    ]);
    const capped = found.total > SEARCH_RESULT_CAP;
    const total = Math.min(found.total, SEARCH_RESULT_CAP);
    return {
      rows: cards.map((c) => ({ ...c, nameHtml: marks.get(c.id)?.name_html ?? '', snippetHtml: marks.get(c.id)?.snippet_html ?? null })),
      total,
      page: found.page,
      totalPages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      fuzzy: fuzzy && found.total > 0,
      capped,
    };
  });
}

async function findPage(tx: Tx, orgId: string, match: SearchMatch, requestedPage: number) {
  const at = (total: number) => pageWindow(Math.min(total, SEARCH_RESULT_CAP), requestedPage, SEARCH_PAGE_SIZE);
  const run = (offset: number) => matchPage(tx, orgId, match, { limit: SEARCH_PAGE_SIZE, offset, cap: SEARCH_RESULT_CAP });
  const hoped = at(SEARCH_RESULT_CAP);
  const found = await run(hoped.offset);
  const actual = at(found.total);
  if (actual.offset === hoped.offset) return { ...found, page: actual.page };
  // A stale ?page= beyond the results shows the last page rather than an empty one.
  return { ...(await run(actual.offset)), page: actual.page };
}

const escapeHtml = (column: ReturnType<typeof sql.raw>) =>
  sql`replace(replace(replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;
const MARK = `StartSel=<mark>, StopSel=</mark>`;

/** Escape first, then mark: the only tags in the result are our own <mark>s. */
async function highlights(tx: Tx, orgId: string, ids: string[], prefixQuery: string) {
  if (ids.length === 0) return new Map<string, { name_html: string; snippet_html: string | null }>();
  const rows = await tx.execute<{ id: string; name_html: string; snippet_html: string | null }>(sql`
    select p.id,
      ts_headline('simple', ${escapeHtml(sql.raw('p.name'))}, q, ${`${MARK}, HighlightAll=true`}) as name_html,
      case when coalesce(p.short_description, '') = '' then null
        else ts_headline('simple', ${escapeHtml(sql.raw('p.short_description'))}, q, ${`${MARK}, MaxWords=30, MinWords=12`}) end as snippet_html
    from products p, to_tsquery('simple', ${prefixQuery}) q
    where p.organization_id = ${orgId} and p.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(rows.map((r) => [r.id, r]));
}
