import { eq } from 'drizzle-orm';
import { invitations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { forbidden } from '@/lib/server/errors';
import { assignableRoles } from '@/lib/server/permissions';
import { assertNotClosed, getInvitationInOrg } from './internal';
import type { InvitationIdInput } from './schemas';

/** Withdraws an invitation; its link stops working at once. */
export async function revokeInvitation(ctx: OrgContext, input: InvitationIdInput) {
  requirePermission(ctx, 'team.invite');
  return ctx.tx(async (tx) => {
    const current = await getInvitationInOrg(tx, { orgId: ctx.org.id, id: input.invitationId });
    assertNotClosed(current);
    if (!assignableRoles(ctx.role).includes(current.role)) throw forbidden('Only owners can revoke an owner invitation.');
    await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, current.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'team.invitation_revoked',
      entityType: 'invitation',
      entityId: current.id,
      oldValues: { email: current.email, role: current.role },
    });
    return { id: current.id };
  });
}
