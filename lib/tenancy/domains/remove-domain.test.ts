import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, domains } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { addDomain } from './add-domain';
import { removeDomain } from './remove-domain';

const exists = async (id: string) => (await withPlatform((tx) => tx.select().from(domains).where(eq(domains.id, id)))).length === 1;

describe('removeDomain', () => {
  it('disconnects the domain and audits it', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const { id } = await addDomain(ctx, { hostname: 'bye.example.com' });
    await removeDomain(ctx, { domainId: id });
    expect(await exists(id)).toBe(false);
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['domain.added', 'domain.removed']);
    // The hostname is free again for anyone.
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(addDomain(await orgContextFor(otherOwner, other), { hostname: 'bye.example.com' })).resolves.toBeTruthy();
  });

  it('cannot remove another organization’s domain (NOT_FOUND, nothing changes)', async () => {
    const { org: a, owner: ownerA } = await createOrganization();
    const { org: b, owner: ownerB } = await createOrganization();
    const { id } = await addDomain(await orgContextFor(ownerB, b), { hostname: 'keep.example.com' });
    await expect(removeDomain(await orgContextFor(ownerA, a), { domainId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await exists(id)).toBe(true);
  });

  it('refuses staff', async () => {
    const { org, owner } = await createOrganization();
    const { id } = await addDomain(await orgContextFor(owner, org), { hostname: 'staff-cannot.example.com' });
    const staff = await addMember(org, 'staff');
    await expect(removeDomain(await orgContextFor(staff, org), { domainId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await exists(id)).toBe(true);
  });
});
