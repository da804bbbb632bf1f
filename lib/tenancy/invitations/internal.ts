import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations, users, type Invitation } from '@/db/schema';
import { conflict, notFound } from '@/lib/server/errors';
import { INVITATION_TTL_DAYS } from './schemas';

export const invitationExpiry = (now = new Date()) => new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);

export type InvitationState = 'open' | 'expired' | 'revoked' | 'accepted';

export function invitationState(invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'open';
}

/** One invitation of the organization, locked for this transaction, or NotFound. */
export async function getInvitationInOrg(tx: Tx, { orgId, id }: { orgId: string; id: string }): Promise<Invitation> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, orgId), eq(invitations.id, id)))
    .for('update');
  if (!row) throw notFound('Invitation');
  return row;
}

/** Resend and revoke act on invitations nobody has used or withdrawn yet (expired ones may be resent). */
export function assertNotClosed(invitation: Invitation) {
  if (invitation.acceptedAt) throw conflict('This invitation has already been accepted.');
  if (invitation.revokedAt) throw conflict('This invitation has been revoked.');
}

/** How the invitation email names the person who sent it. */
export async function inviterName(tx: Tx, userId: string, fallback: string) {
  const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return me?.name || fallback;
}
