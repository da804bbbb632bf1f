import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations, memberships } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { ensureCourierProfile } from '@/lib/delivery/couriers/courier-profile';
import type { Actor } from '@/lib/server/actor';
import { conflict, notFound } from '@/lib/server/errors';
import { getInvitationByToken, type InvitationLookup } from './get-invitation-by-token';

/** Shared by both ways of accepting (signed-in user, new account). */
const CLOSED_MESSAGES = {
  expired: 'This invitation has expired. Ask for a new one.',
  revoked: 'This invitation has been withdrawn.',
  accepted: 'This invitation has already been used.',
} as const;

/** The invitation behind the token, if it can still be accepted. */
export async function openInvitation(token: string): Promise<InvitationLookup> {
  const invitation = await getInvitationByToken(token);
  if (!invitation) throw notFound('Invitation');
  if (invitation.state !== 'open') throw conflict(CLOSED_MESSAGES[invitation.state]);
  return invitation;
}

/**
 * Marks the invitation used and adds the membership, in the caller's transaction. The
 * conditional UPDATE consumes the token once: a parallel accept waits on the row, then
 * finds it taken and fails.
 */
export async function consumeInvitation(tx: Tx, invitation: InvitationLookup, userId: string, actor: Actor) {
  const [consumed] = await tx
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedBy: userId })
    .where(
      and(
        eq(invitations.id, invitation.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: invitations.id });
  if (!consumed) throw conflict(CLOSED_MESSAGES.accepted);
  // Someone already in the organization keeps their role; the invitation is used up either way.
  const [membership] = await tx
    .insert(memberships)
    .values({ organizationId: invitation.organization.id, userId, role: invitation.role })
    .onConflictDoNothing({ target: [memberships.organizationId, memberships.userId] })
    .returning({ id: memberships.id });
  if (membership && invitation.role === 'courier') await ensureCourierProfile(tx, invitation.organization.id, userId);
  await recordAudit(tx, actor, {
    organizationId: invitation.organization.id,
    action: 'team.invitation_accepted',
    entityType: 'invitation',
    entityId: invitation.id,
    newValues: { email: invitation.email, role: invitation.role, membershipId: membership?.id ?? null },
  });
  return { slug: invitation.organization.slug, role: invitation.role };
}
