import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { customers, type Organization } from './schema';
import { withOrg, withOrgPipelined } from './scope';
import { txSql } from '@/lib/inventory/reservations/tx-sql';
import { createOrganization } from './test/factories';

const customerRow = (org: Organization, email: string) => ({ organizationId: org.id, email, name: 'Pipelined', currency: 'USD' });
const emailsOf = (org: Organization) => withOrg(org.id, async (tx) => (await tx.select({ email: customers.email }).from(customers)).map((r) => r.email).sort());
const insertNow = (tx: Parameters<typeof txSql>[0], org: Organization, email: string) =>
  txSql(tx).unsafe(`insert into customers (id, organization_id, email, name, currency) values ($1, $2, $3, 'Pipelined', 'USD')`, [`cus_${email}`, org.id, email]).execute();

describe('withOrgPipelined', () => {
  it('commits what was issued before commit(), in the same round trip', async () => {
    const { org } = await createOrganization();
    const committed = await withOrgPipelined(org.id, async (tx, commit) => {
      const [, ok] = await Promise.all([insertNow(tx, org, 'a@example.test'), commit()]);
      return ok;
    });
    expect(committed).toBe(true);
    expect(await emailsOf(org)).toEqual(['a@example.test']);
  });

  it('rolls back when a statement before the commit fails: commit() says so and nothing is written', async () => {
    const { org } = await createOrganization();
    const results = await withOrgPipelined(org.id, async (tx, commit) =>
      Promise.allSettled([
        insertNow(tx, org, 'b@example.test'),
        txSql(tx).unsafe(`select abort_transaction('no')`).execute(),
        insertNow(tx, org, 'c@example.test'),
        commit(),
      ]),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'CK001', message: 'no' });
    expect((results[3] as PromiseFulfilledResult<boolean>).value).toBe(false);
    expect(await emailsOf(org)).toEqual([]);
  });

  it('rolls back when fn throws or returns without committing', async () => {
    const { org } = await createOrganization();
    await expect(
      withOrgPipelined(org.id, async (tx) => {
        await tx.insert(customers).values(customerRow(org, 'd@example.test'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await withOrgPipelined(org.id, async (tx) => {
      await tx.insert(customers).values(customerRow(org, 'e@example.test'));
    });
    expect(await emailsOf(org)).toEqual([]);
  });

  it("sees and writes only its organization's rows", async () => {
    const [{ org: mine }, { org: theirs }] = [await createOrganization(), await createOrganization()];
    await withOrg(theirs.id, (tx) => tx.insert(customers).values(customerRow(theirs, 'theirs@example.test')));
    const seen = await withOrgPipelined(mine.id, async (tx, commit) => {
      const rows = await tx.select().from(customers).where(eq(customers.organizationId, theirs.id));
      await commit();
      return rows;
    });
    expect(seen).toEqual([]);
    await expect(withOrgPipelined(mine.id, async (tx) => tx.insert(customers).values(customerRow(theirs, 'sneaky@example.test')))).rejects.toThrow();
    expect(await emailsOf(theirs)).toEqual(['theirs@example.test']);
  });

  it('gives every connection back to the pool (more transactions than the pool has connections)', async () => {
    const { org } = await createOrganization();
    const runs = Array.from({ length: 30 }, (_, i) =>
      withOrgPipelined(org.id, async (tx, commit) => {
        const [, ok] = await Promise.all([insertNow(tx, org, `p${i}@example.test`), commit()]);
        return ok;
      }),
    );
    expect(await Promise.all(runs)).toEqual(Array(30).fill(true));
    expect(await emailsOf(org)).toHaveLength(30);
  });
});
