import { describe, expect, it } from 'vitest';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { LAST_OWNER } from './internal';
import { leaveOrganization } from './leave-organization';
import { membershipOf, ownerCount } from './test-helpers';

describe('leaveOrganization', () => {
  it('lets any member leave, and only their own membership goes', async () => {
    const { org } = await createOrganization();
    const { org: other } = await createOrganization();
    const staff = await addMember(org, 'staff');
    await addMember(other, 'staff', staff);
    await leaveOrganization(await orgContextFor(staff, org), {});
    expect(await membershipOf(org, staff)).toBeUndefined();
    expect(await membershipOf(other, staff)).toBeDefined();
  });

  it('does not let the last owner leave', async () => {
    const { org, owner } = await createOrganization();
    await expect(leaveOrganization(await orgContextFor(owner, org), {})).rejects.toMatchObject({ code: 'CONFLICT', message: LAST_OWNER });
    expect(await ownerCount(org)).toBe(1);
  });

  it('keeps one owner when both owners leave at once', async () => {
    for (let round = 0; round < 5; round++) {
      const { org, owner: a } = await createOrganization();
      const b = await addMember(org, 'owner');
      const [ctxA, ctxB] = await Promise.all([orgContextFor(a, org), orgContextFor(b, org)]);
      const results = await Promise.allSettled([leaveOrganization(ctxA, {}), leaveOrganization(ctxB, {})]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await ownerCount(org)).toBe(1);
    }
  });
});
