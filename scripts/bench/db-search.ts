import { existsSync } from 'node:fs';
import path from 'node:path';
import { pick, summarize, type Timing } from './stats';

export type DbSearchResult = { available: true; timing: Timing } | { available: false; reason: string };

const MODULE = 'lib/storefront/catalog/search-products.ts';

type SearchProducts = (ctx: unknown, input: { q: string; page: number }) => Promise<unknown>;
type ContextModule = {
  resolveStorefront: (host: string) => Promise<{ status: string; ctx?: unknown }>;
};

/**
 * Times the storefront's own `searchProducts(ctx, { q, page: 1 })` in this process, one query
 * at a time, for random (store, term) pairs: the database side of a search page (its
 * transaction, RLS scope and SQL), without Next's rendering. Reports "not available" until
 * the module exists.
 */
export async function measureDbSearch(opts: {
  databaseUrl: string;
  platformHost: string;
  hosts: string[];
  terms: string[];
  queries: number;
}): Promise<DbSearchResult> {
  if (!existsSync(path.resolve(MODULE))) return { available: false, reason: `${MODULE} does not exist yet` };
  // lib/env reads these when first imported, so they are set before the app's modules load.
  process.env.DATABASE_URL = opts.databaseUrl;
  process.env.PLATFORM_HOST = opts.platformHost;
  await import('../server-only-stub');
  const searchModule = (await import(path.resolve(MODULE))) as { searchProducts?: SearchProducts };
  const { resolveStorefront } = (await import('../../lib/server/context')) as ContextModule;
  const { db } = await import('../../db/client');
  if (typeof searchModule.searchProducts !== 'function') {
    return { available: false, reason: `${MODULE} does not export searchProducts yet` };
  }
  try {
    const contexts = [];
    for (const host of opts.hosts) {
      const resolved = await resolveStorefront(host);
      if (resolved.status !== 'ok') throw new Error(`resolveStorefront(${host}) → ${resolved.status}`);
      contexts.push(resolved.ctx);
    }
    const search = searchModule.searchProducts;
    for (let i = 0; i < 20; i++) await search(pick(contexts), { q: pick(opts.terms), page: 1 });
    const times: number[] = [];
    for (let i = 0; i < opts.queries; i++) {
      const ctx = pick(contexts);
      const q = pick(opts.terms);
      const t = performance.now();
      await search(ctx, { q, page: 1 });
      times.push(performance.now() - t);
    }
    return { available: true, timing: summarize(times) };
  } finally {
    await db.$client.end();
  }
}
