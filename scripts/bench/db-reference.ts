import postgres, { type Sql } from 'postgres';
import { pick, summarize, type Timing } from './stats';

export type ReferenceSearchResult = { timing: Timing; plan: string; planQuery: string };

/** "blen kettle" → "blen:* & kettle:*" (prefix match per word, every word required). */
export function prefixQuery(q: string) {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `${w}:*`).join(' & ');
}

// The query a storefront search needs at minimum: one store's active products matching every
// word, best first, one page. A yardstick for the indexes and RLS, not the app's own SQL.
const QUERY = `
  select id, name, slug, price from products
  where organization_id = $1 and status = 'active' and deleted_at is null
    and search_vector @@ to_tsquery('simple', $2)
  order by ts_rank(search_vector, to_tsquery('simple', $2)) desc, id
  limit 24`;

async function inStore<T>(sql: Sql, orgId: string, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return (await sql.begin(async (tx) => {
    await tx`select set_config('app.org_id', ${orgId}, true)`;
    return fn(tx as unknown as Sql);
  })) as T;
}

/**
 * Times QUERY for random (store, term) pairs, each in a transaction with the tenant set as the
 * app does; as the app role (row-level security on) or as the owner (off), to show what RLS
 * costs; and keeps the EXPLAIN ANALYZE of a common word in the largest store.
 */
export async function measureReferenceSearch(opts: {
  databaseUrl: string;
  /** The app role (RLS applies), or undefined for the owner connection (superuser: no RLS). */
  role: string | undefined;
  orgIds: string[];
  largestOrgId: string;
  terms: string[];
  queries: number;
}): Promise<ReferenceSearchResult> {
  const connection = opts.role ? { role: opts.role } : {};
  const sql = postgres(opts.databaseUrl, { max: 1, connection, onnotice: () => {} });
  try {
    const run = (orgId: string, term: string) => inStore(sql, orgId, (tx) => tx.unsafe(QUERY, [orgId, prefixQuery(term)]));
    for (let i = 0; i < 20; i++) await run(pick(opts.orgIds), pick(opts.terms));
    const times: number[] = [];
    for (let i = 0; i < opts.queries; i++) {
      const [orgId, term] = [pick(opts.orgIds), pick(opts.terms)];
      const t = performance.now();
      await run(orgId, term);
      times.push(performance.now() - t);
    }
    const planQuery = 'chair';
    const plan = await inStore(sql, opts.largestOrgId, (tx) =>
      tx.unsafe(`explain (analyze, buffers, costs off) ${QUERY}`, [opts.largestOrgId, prefixQuery(planQuery)]),
    );
    return { timing: summarize(times), plan: plan.map((r) => r['QUERY PLAN']).join('\n'), planQuery };
  } finally {
    await sql.end();
  }
}
