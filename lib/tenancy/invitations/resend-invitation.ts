import { eq } from 'drizzle-orm';
import { invitations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { sha256 } from '@/lib/crypto/hash';
import { randomToken } from '@/lib/ids';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { forbidden } from '@/lib/server/errors';
import { assignableRoles } from '@/lib/server/permissions';
import { assertNotClosed, getInvitationInOrg, invitationExpiry, inviterName } from './internal';
import type { InvitationIdInput } from './schemas';
import { sendInvitationEmail } from './send-invitation-email';

/**
 * Sends the invitation again with a fresh link and a fresh 7 days. Only the token's hash is
 * stored, so the old link stops working.
 */
export async function resendInvitation(ctx: OrgContext, input: InvitationIdInput) {
  requirePermission(ctx, 'team.invite');
  const { invitation, token, inviter } = await ctx.tx(async (tx) => {
    const current = await getInvitationInOrg(tx, { orgId: ctx.org.id, id: input.invitationId });
    assertNotClosed(current);
    if (!assignableRoles(ctx.role).includes(current.role)) throw forbidden('Only owners can invite owners.');
    const token = randomToken();
    const [updated] = await tx
      .update(invitations)
      .set({ tokenHash: sha256(token), expiresAt: invitationExpiry(), invitedBy: ctx.actor.userId })
      .where(eq(invitations.id, current.id))
      .returning();
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'team.invitation_resent',
      entityType: 'invitation',
      entityId: current.id,
      oldValues: { expiresAt: current.expiresAt },
      newValues: { email: current.email, role: current.role, expiresAt: updated!.expiresAt },
    });
    return { invitation: updated!, token, inviter: await inviterName(tx, ctx.actor.userId, ctx.actor.email) };
  });
  const emailSent = await sendInvitationEmail({
    to: invitation.email,
    organizationName: ctx.org.name,
    inviterName: inviter,
    role: invitation.role,
    token,
  });
  return { id: invitation.id, expiresAt: invitation.expiresAt, emailSent };
}
