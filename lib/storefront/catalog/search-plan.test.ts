import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { withOrg, withPlatform } from '@/db/scope';
import type { Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';

/**
 * Search must reach its GIN indexes as the app role, under FORCE ROW LEVEL SECURITY: the
 * condition has to be an index condition, not a filter applied to every row of the store
 * (migration 0002 marks the match functions LEAKPROOF for that).
 */
let org: Organization;

beforeAll(async () => {
  ({ org } = await createOrganization());
  await withPlatform((tx) =>
    tx.execute(sql`
      insert into products (id, organization_id, name, slug, base_price, currency, status)
      select 'prod_plan' || g, ${org.id}, 'Item ' || g || case when g % 100 = 0 then ' hoodie' else ' mug' end,
             'item-' || g, 1000, 'USD', 'active'
      from generate_series(1, 2000) g`),
  );
  // Statistics and a flushed GIN pending list, as autovacuum gives a live database (owner connection).
  const owner = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await owner`vacuum analyze products`;
  await owner.end();
});

async function planOf(condition: ReturnType<typeof sql>) {
  return withOrg(org.id, async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await tx.execute<{ 'QUERY PLAN': string }>(
      sql`explain select id from products p where p.organization_id = ${org.id} and ${condition}`,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('storefront search plans as the app role', () => {
  it('uses the full-text index for word matches', async () => {
    const plan = await planOf(sql`p.search_vector @@ to_tsquery('simple', 'hoodie')`);
    expect(plan).toMatch(/products_search_idx/);
    expect(plan).toMatch(/Index Cond: .*search_vector @@/);
  });

  it('uses the trigram index for name substrings and similar words', async () => {
    expect(await planOf(sql`p.name ilike '%hood%'`)).toMatch(/Index Cond: .*name ~~\* /);
    expect(await planOf(sql`p.name %> 'hodie'`)).toMatch(/Index Cond: .*name %> /);
  });

  it('still returns only this store’s rows', async () => {
    const { org: other } = await createOrganization();
    const seen = await withOrg(other.id, (tx) => tx.execute(sql`select 1 from products where search_vector @@ to_tsquery('simple', 'hoodie')`));
    expect(seen.length).toBe(0);
  });
});
