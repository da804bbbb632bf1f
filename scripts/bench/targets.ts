import postgres from 'postgres';
import { pick } from './stats';
import type { Target } from './load';
import { searchTerms } from './words';

export type CatalogSize = {
  organizations: number;
  products: number;
  activeProducts: number;
  largestOrgProducts: number;
  categories: number;
};

export type TargetLists = {
  size: CatalogSize;
  /** Organization ids with their storefront host. */
  stores: { orgId: string; host: string }[];
  largestOrgId: string;
  home: () => Target;
  category: () => Target;
  /** A random active product of a random store. */
  product: () => Target;
  /** A fixed hot set, for the warm (cached) product run. */
  hotProducts: Target[];
  search: () => Target;
  terms: string[];
};

const PER_STORE = 400;
const HOT = 100;

/** Hosts, category and product slugs to request, read once from the bench database (owner, no RLS). */
export async function loadTargets(url: string, port: number): Promise<TargetLists> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const host = (slug: string) => `${slug}.bench.localhost:${port}`;
    const orgs = await sql<{ id: string; slug: string }[]>`
      select id, slug from organizations where slug like 'bench-%' and status = 'active' and deleted_at is null order by slug`;
    const categories = await sql<{ org: string; slug: string }[]>`
      select o.slug as org, c.slug from categories c join organizations o on o.id = c.organization_id
      where c.is_active and c.deleted_at is null and o.slug like 'bench-%'`;
    const products = await sql<{ org: string; slug: string }[]>`
      select o.slug as org, p.slug from organizations o cross join lateral (
        select slug from products where organization_id = o.id and status = 'active' and deleted_at is null
        order by random() limit ${PER_STORE}) p
      where o.slug like 'bench-%'`;
    const [size] = await sql<CatalogSize[]>`
      select (select count(*)::int from organizations where slug like 'bench-%') as organizations,
             count(*)::int as products,
             (count(*) filter (where status = 'active' and deleted_at is null))::int as "activeProducts",
             (select count(*)::int from categories) as categories,
             (select max(n)::int from (select count(*) as n from products group by organization_id) t) as "largestOrgProducts"
      from products`;
    const [largest] = await sql<{ id: string }[]>`
      select organization_id as id from products group by organization_id order by count(*) desc limit 1`;
    if (orgs.length === 0 || products.length === 0) throw new Error('The bench catalog is empty: run without --skip-seed');

    const byStore = new Map<string, Target[]>();
    for (const p of products) {
      const list = byStore.get(p.org) ?? byStore.set(p.org, []).get(p.org)!;
      list.push({ host: host(p.org), path: `/p/${p.slug}` });
    }
    const productStores = [...byStore.values()];
    const categoryTargets = categories.map((c) => ({ host: host(c.org), path: `/c/${c.slug}` }));
    const terms = searchTerms();
    const hosts = orgs.map((o) => host(o.slug));
    const shuffled = [...products].sort(() => Math.random() - 0.5).slice(0, HOT);

    return {
      size: size!,
      stores: orgs.map((o) => ({ orgId: o.id, host: host(o.slug) })),
      largestOrgId: largest!.id,
      home: () => ({ host: pick(hosts), path: '/' }),
      category: () => pick(categoryTargets),
      product: () => pick(pick(productStores)),
      hotProducts: shuffled.map((p) => ({ host: host(p.org), path: `/p/${p.slug}` })),
      search: () => ({ host: pick(hosts), path: `/search?q=${encodeURIComponent(pick(terms))}` }),
      terms,
    };
  } finally {
    await sql.end();
  }
}
