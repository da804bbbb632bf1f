import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { domains } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { addDomain } from './add-domain';
import { setPrimaryDomain } from './set-primary-domain';

async function verifiedDomain(orgId: string, ctx: Awaited<ReturnType<typeof orgContextFor>>, hostname: string) {
  const { id } = await addDomain(ctx, { hostname });
  await withOrg(orgId, (tx) => tx.update(domains).set({ status: 'verified', verifiedAt: new Date() }).where(eq(domains.id, id)));
  return id;
}
const primaries = async (orgId: string) =>
  (await withPlatform((tx) => tx.select().from(domains).where(eq(domains.organizationId, orgId)))).filter((d) => d.isPrimary).map((d) => d.id);

describe('setPrimaryDomain', () => {
  it('makes one verified domain primary, and can go back to the platform address', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const one = await verifiedDomain(org.id, ctx, 'one.example.com');
    const two = await verifiedDomain(org.id, ctx, 'two.example.com');
    await setPrimaryDomain(ctx, { domainId: one });
    await setPrimaryDomain(ctx, { domainId: two });
    expect(await primaries(org.id)).toEqual([two]);
    await setPrimaryDomain(ctx, { domainId: null });
    expect(await primaries(org.id)).toEqual([]);
  });

  it('leaves exactly one primary when two changes race', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const ids = await Promise.all(['r1', 'r2', 'r3'].map((h) => verifiedDomain(org.id, ctx, `${h}.example.com`)));
    await Promise.all(ids.map((id) => setPrimaryDomain(ctx, { domainId: id })));
    expect(await primaries(org.id)).toHaveLength(1);
  });

  it('refuses a pending domain', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const { id } = await addDomain(ctx, { hostname: 'pending.example.com' });
    await expect(setPrimaryDomain(ctx, { domainId: id })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('cannot touch another organization’s domain; staff cannot at all', async () => {
    const { org: a, owner: ownerA } = await createOrganization();
    const { org: b, owner: ownerB } = await createOrganization();
    const theirs = await verifiedDomain(b.id, await orgContextFor(ownerB, b), 'b-primary.example.com');
    await setPrimaryDomain(await orgContextFor(ownerB, b), { domainId: theirs });
    await expect(setPrimaryDomain(await orgContextFor(ownerA, a), { domainId: theirs })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A's "back to platform address" does not clear B's primary.
    await setPrimaryDomain(await orgContextFor(ownerA, a), { domainId: null });
    expect(await primaries(b.id)).toEqual([theirs]);
    const staff = await addMember(b, 'staff');
    await expect(setPrimaryDomain(await orgContextFor(staff, b), { domainId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
