import { eq } from 'drizzle-orm';
import { memberships } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { assignableRoles } from '@/lib/server/permissions';
import { forbidden } from '@/lib/server/errors';
import { assertNotLastOwner, getMembershipInOrg, lockOwners } from './internal';
import type { RemoveMemberInput } from './schemas';

/** Removes someone from the organization. Only owners remove owners; the last owner stays. */
export async function removeMember(ctx: OrgContext, input: RemoveMemberInput) {
  requirePermission(ctx, 'team.manage');
  return ctx.tx(async (tx) => {
    const owners = await lockOwners(tx, ctx.org.id);
    const actor = await getMembershipInOrg(tx, { orgId: ctx.org.id, id: ctx.membership.id });
    const target = await getMembershipInOrg(tx, { orgId: ctx.org.id, id: input.membershipId });
    if (!assignableRoles(actor.membership.role).includes(target.membership.role)) {
      throw forbidden('Only owners can remove an owner.');
    }
    assertNotLastOwner(owners, target.membership);

    await tx.delete(memberships).where(eq(memberships.id, target.membership.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'team.member_removed',
      entityType: 'membership',
      entityId: target.membership.id,
      oldValues: { userId: target.membership.userId, email: target.email, role: target.membership.role },
    });
    return { membershipId: target.membership.id };
  });
}
