import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { changeMemberRole, OWNERS_ONLY } from './change-member-role';
import { LAST_OWNER } from './internal';
import { membershipOf, ownerCount } from './test-helpers';

describe('changeMemberRole', () => {
  it('changes a role and audits the old and new role', async () => {
    const { org, owner } = await createOrganization();
    const staff = await addMember(org, 'staff');
    const target = (await membershipOf(org, staff))!;
    await changeMemberRole(await orgContextFor(owner, org), { membershipId: target.id, role: 'admin' });
    expect((await membershipOf(org, staff))?.role).toBe('admin');
    const [audit] = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, target.id)));
    expect(audit).toMatchObject({ action: 'team.member_role_changed', oldValues: { role: 'staff' }, newValues: { role: 'admin', email: staff.email } });
  });

  it('lets only owners make or unmake owners', async () => {
    const { org, owner } = await createOrganization();
    const admin = await addMember(org, 'admin');
    const staff = await addMember(org, 'staff');
    const adminCtx = await orgContextFor(admin, org);
    const staffMembership = (await membershipOf(org, staff))!;
    const ownerMembership = (await membershipOf(org, owner))!;
    await expect(changeMemberRole(adminCtx, { membershipId: staffMembership.id, role: 'owner' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: OWNERS_ONLY });
    await expect(changeMemberRole(adminCtx, { membershipId: ownerMembership.id, role: 'admin' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await changeMemberRole(adminCtx, { membershipId: staffMembership.id, role: 'courier' });
    expect((await membershipOf(org, staff))?.role).toBe('courier');
    await changeMemberRole(await orgContextFor(owner, org), { membershipId: staffMembership.id, role: 'owner' });
    expect(await ownerCount(org)).toBe(2);
  });

  it('never demotes the last owner, even themselves', async () => {
    const { org, owner } = await createOrganization();
    const mine = (await membershipOf(org, owner))!;
    await expect(changeMemberRole(await orgContextFor(owner, org), { membershipId: mine.id, role: 'admin' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: LAST_OWNER,
    });
    expect(await ownerCount(org)).toBe(1);
  });

  it('keeps one owner when two owners demote each other at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const { org, owner: a } = await createOrganization();
      const b = await addMember(org, 'owner');
      const [ctxA, ctxB] = await Promise.all([orgContextFor(a, org), orgContextFor(b, org)]);
      const [memA, memB] = [(await membershipOf(org, a))!, (await membershipOf(org, b))!];
      const results = await Promise.allSettled([
        changeMemberRole(ctxA, { membershipId: memB.id, role: 'admin' }),
        changeMemberRole(ctxB, { membershipId: memA.id, role: 'admin' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await ownerCount(org)).toBe(1);
    }
  });

  it('keeps one owner when two owners step down at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const { org, owner: a } = await createOrganization();
      const b = await addMember(org, 'owner');
      const [ctxA, ctxB] = await Promise.all([orgContextFor(a, org), orgContextFor(b, org)]);
      const results = await Promise.allSettled([
        changeMemberRole(ctxA, { membershipId: ctxA.membership.id, role: 'staff' }),
        changeMemberRole(ctxB, { membershipId: ctxB.membership.id, role: 'staff' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await ownerCount(org)).toBe(1);
    }
  });

  it('cannot change a member of another organization (NOT_FOUND, nothing changes)', async () => {
    const { org: a, owner: ownerA } = await createOrganization();
    const { org: b } = await createOrganization();
    const theirs = await addMember(b, 'staff');
    const membership = (await membershipOf(b, theirs))!;
    await expect(changeMemberRole(await orgContextFor(ownerA, a), { membershipId: membership.id, role: 'admin' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await membershipOf(b, theirs))?.role).toBe('staff');
  });

  it('refuses staff', async () => {
    const { org } = await createOrganization();
    const staff = await addMember(org, 'staff');
    const other = await addMember(org, 'staff');
    await expect(
      changeMemberRole(await orgContextFor(staff, org), { membershipId: (await membershipOf(org, other))!.id, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
