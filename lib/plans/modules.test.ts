import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { invitations } from '@/db/schema';
import { addMember, adminContextFor, createOrganization, createPlatformAdmin, orgContextFor } from '@/db/test/factories';
import { changeTenantPlan } from '@/lib/admin/change-tenant-plan';
import { inviteMember } from '@/lib/tenancy/invitations/invite-member';
import { changeMemberRole } from '@/lib/tenancy/team/change-member-role';
import { membershipOf } from '@/lib/tenancy/team/test-helpers';

async function storeOn(plan: 'basic' | 'pro') {
  const { org, owner } = await createOrganization({ plan });
  return { org, ctx: await orgContextFor(owner, org) };
}

const openInvitations = (orgId: string, email: string) =>
  withPlatform((tx) => tx.select().from(invitations).where(and(eq(invitations.organizationId, orgId), eq(invitations.email, email))));

describe('the marketplace module', () => {
  it('refuses inviting a seller on Basic, naming the plan that has sellers, and writes no invitation', async () => {
    const { org, ctx } = await storeOn('basic');
    await expect(inviteMember(ctx, { email: 'seller@example.test', role: 'seller' })).rejects.toMatchObject({
      code: 'PLAN_LIMIT',
      message: 'The seller role needs the Pro plan or above; this organization is on Basic.',
    });
    expect(await openInvitations(org.id, 'seller@example.test')).toEqual([]);
    // Other roles are invited as before.
    await expect(inviteMember(ctx, { email: 'staff@example.test', role: 'staff' })).resolves.toMatchObject({ role: 'staff' });
  });

  it('lets Pro invite sellers', async () => {
    const { org, ctx } = await storeOn('pro');
    await expect(inviteMember(ctx, { email: 'seller@example.test', role: 'seller' })).resolves.toMatchObject({ role: 'seller' });
    expect(await openInvitations(org.id, 'seller@example.test')).toHaveLength(1);
  });

  it('refuses giving a member the seller role on Basic, and allows it on Pro', async () => {
    const basic = await storeOn('basic');
    const staffUser = await addMember(basic.org, 'staff');
    const staff = await membershipOf(basic.org, staffUser);
    await expect(changeMemberRole(basic.ctx, { membershipId: staff!.id, role: 'seller' })).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
    expect((await membershipOf(basic.org, staffUser))!.role).toBe('staff');

    const pro = await storeOn('pro');
    const proStaff = await membershipOf(pro.org, await addMember(pro.org, 'staff'));
    await expect(changeMemberRole(pro.ctx, { membershipId: proStaff!.id, role: 'seller' })).resolves.toMatchObject({ role: 'seller' });
  });

  it('keeps a tenant with sellers from moving to a plan without the marketplace, saying what to remove', async () => {
    const { org, ctx } = await storeOn('pro');
    await addMember(org, 'seller');
    await addMember(org, 'seller');
    await inviteMember(ctx, { email: 'next-seller@example.test', role: 'seller' });
    const admin = await adminContextFor(await createPlatformAdmin());
    const error = await changeTenantPlan(admin, { organizationId: org.id, plan: 'basic', reason: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((error as Error).message).toContain('Marketplace sellers are not in Basic: remove its 2 sellers and 1 open seller invitation first.');
  });
});
