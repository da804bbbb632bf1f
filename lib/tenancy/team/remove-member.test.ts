import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { LAST_OWNER } from './internal';
import { removeMember } from './remove-member';
import { membershipOf, ownerCount } from './test-helpers';

describe('removeMember', () => {
  it('removes a member and audits it; they lose access', async () => {
    const { org, owner } = await createOrganization();
    const staff = await addMember(org, 'staff');
    const membership = (await membershipOf(org, staff))!;
    await removeMember(await orgContextFor(owner, org), { membershipId: membership.id });
    expect(await membershipOf(org, staff)).toBeUndefined();
    await expect(orgContextFor(staff, org)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [audit] = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, membership.id)));
    expect(audit).toMatchObject({ action: 'team.member_removed', oldValues: { email: staff.email, role: 'staff' } });
  });

  it('lets only owners remove owners, and never the last one', async () => {
    const { org, owner } = await createOrganization();
    const admin = await addMember(org, 'admin');
    const ownerMembership = (await membershipOf(org, owner))!;
    await expect(removeMember(await orgContextFor(admin, org), { membershipId: ownerMembership.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeMember(await orgContextFor(owner, org), { membershipId: ownerMembership.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: LAST_OWNER,
    });
    expect(await ownerCount(org)).toBe(1);
  });

  it('keeps one owner when two owners remove each other in parallel', async () => {
    for (let round = 0; round < 5; round++) {
      const { org, owner: a } = await createOrganization();
      const b = await addMember(org, 'owner');
      const [ctxA, ctxB] = await Promise.all([orgContextFor(a, org), orgContextFor(b, org)]);
      const [memA, memB] = [(await membershipOf(org, a))!, (await membershipOf(org, b))!];
      const results = await Promise.allSettled([removeMember(ctxA, { membershipId: memB.id }), removeMember(ctxB, { membershipId: memA.id })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await ownerCount(org)).toBe(1);
    }
  });

  it('cannot remove a member of another organization (NOT_FOUND, nothing changes)', async () => {
    const { org: a, owner: ownerA } = await createOrganization();
    const { org: b } = await createOrganization();
    const theirs = await addMember(b, 'staff');
    const membership = (await membershipOf(b, theirs))!;
    await expect(removeMember(await orgContextFor(ownerA, a), { membershipId: membership.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await membershipOf(b, theirs)).toBeDefined();
  });

  it('refuses staff', async () => {
    const { org } = await createOrganization();
    const staff = await addMember(org, 'staff');
    const other = await addMember(org, 'courier');
    await expect(removeMember(await orgContextFor(staff, org), { membershipId: (await membershipOf(org, other))!.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await membershipOf(org, other)).toBeDefined();
  });
});
