import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { withOrg, withPlatform } from '@/db/scope';
import type { Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';

/**
 * Every checkout finds its customer by email as the app role, under FORCE ROW LEVEL SECURITY:
 * the email must be an index condition (email_key, a stored lower(email)), not a filter run
 * over every customer of the store (an index on the expression lower(email) is not usable there).
 */
let org: Organization;

beforeAll(async () => {
  ({ org } = await createOrganization());
  await withPlatform((tx) =>
    tx.execute(sql`
      insert into customers (id, organization_id, email, name, currency)
      select 'cus_plan' || g, ${org.id}, 'Shopper' || g || '@Example.test', 'Shopper', 'USD' from generate_series(1, 3000) g`),
  );
  const owner = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await owner`vacuum analyze customers`;
  await owner.end();
});

describe('the checkout customer lookup as the app role', () => {
  it('finds a customer by email through the (organization, email_key) index', async () => {
    const plan = await withOrg(org.id, async (tx) =>
      (await tx.execute<{ 'QUERY PLAN': string }>(sql`explain select id from customers where organization_id = ${org.id} and email_key = ${'shopper42@example.test'}`))
        .map((r) => r['QUERY PLAN'])
        .join('\n'),
    );
    expect(plan).toContain('customers_org_email_key');
    expect(plan).toMatch(/Index Cond: .*email_key/);
  });

  it('keeps email_key as the lower-case email', async () => {
    const [row] = await withOrg(org.id, (tx) => tx.execute<{ email_key: string }>(sql`select email_key from customers where id = 'cus_plan7'`));
    expect(row!.email_key).toBe('shopper7@example.test');
  });
});
