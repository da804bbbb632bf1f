import { eq } from 'drizzle-orm';
import { memberships } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { OrgContext } from '@/lib/server/context';
import { assertNotLastOwner, getMembershipInOrg, lockOwners } from './internal';
import type { LeaveOrganizationInput } from './schemas';

/**
 * A member leaves on their own. Being a member is the only permission this needs (every role
 * may leave), and the membership comes from the context, never from input.
 */
export async function leaveOrganization(ctx: OrgContext, _input: LeaveOrganizationInput) {
  return ctx.tx(async (tx) => {
    const owners = await lockOwners(tx, ctx.org.id);
    const me = await getMembershipInOrg(tx, { orgId: ctx.org.id, id: ctx.membership.id });
    assertNotLastOwner(owners, me.membership);
    await tx.delete(memberships).where(eq(memberships.id, me.membership.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'team.member_left',
      entityType: 'membership',
      entityId: me.membership.id,
      oldValues: { userId: me.membership.userId, email: me.email, role: me.membership.role },
    });
    return { left: true };
  });
}
