import { eq } from 'drizzle-orm';
import { memberships } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { ensureCourierProfile } from '@/lib/delivery/couriers/courier-profile';
import { assertPlanModule } from '@/lib/plans/enforce';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { assignableRoles } from '@/lib/server/permissions';
import { forbidden } from '@/lib/server/errors';
import { assertNotLastOwner, getMembershipInOrg, lockOwners } from './internal';
import type { ChangeMemberRoleInput } from './schemas';

export const OWNERS_ONLY = 'Only owners can make someone an owner or change an owner’s role.';

/** Changes a member's role. Only owners touch the owner role; the last owner keeps it. */
export async function changeMemberRole(ctx: OrgContext, input: ChangeMemberRoleInput) {
  requirePermission(ctx, 'team.manage');
  return ctx.tx(async (tx) => {
    const owners = await lockOwners(tx, ctx.org.id);
    // Re-read the actor's role under the lock: it may have changed since the request began.
    const actor = await getMembershipInOrg(tx, { orgId: ctx.org.id, id: ctx.membership.id });
    const target = await getMembershipInOrg(tx, { orgId: ctx.org.id, id: input.membershipId });
    const allowed = assignableRoles(actor.membership.role);
    if (!allowed.includes(target.membership.role) || !allowed.includes(input.role)) throw forbidden(OWNERS_ONLY);
    if (target.membership.role === input.role) return { membershipId: target.membership.id, role: input.role };
    if (input.role === 'seller') await assertPlanModule(tx, ctx.org.id, 'marketplace', 'The seller role');
    assertNotLastOwner(owners, target.membership);

    await tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, target.membership.id));
    if (input.role === 'courier') await ensureCourierProfile(tx, ctx.org.id, target.membership.userId);
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'team.member_role_changed',
      entityType: 'membership',
      entityId: target.membership.id,
      oldValues: { role: target.membership.role },
      newValues: { role: input.role, email: target.email },
    });
    return { membershipId: target.membership.id, role: input.role };
  });
}
