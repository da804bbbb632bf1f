import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { withPlatform } from '@/db/scope';
import { invitations, organizations, userEmailIs, users } from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { invitationState } from './internal';
import { InvitationToken } from './schemas';

const inviter = alias(users, 'inviter');

/**
 * The invitation behind an emailed link. The person opening it is not a member yet, so no
 * tenant scope applies: this is one of the few named uses of the platform scope, and it only
 * ever matches the one row whose token hash equals sha256(token).
 */
export async function getInvitationByToken(token: string) {
  if (!InvitationToken.safeParse(token).success) return null;
  const [row] = await withPlatform((tx) =>
    tx
      .select({
        invitation: invitations,
        organization: { id: organizations.id, name: organizations.name, slug: organizations.slug, deletedAt: organizations.deletedAt },
        inviterName: inviter.name,
        inviterEmail: inviter.email,
      })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
      .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
      .where(eq(invitations.tokenHash, sha256(token))),
  );
  if (!row || row.organization.deletedAt) return null;
  const [existingUser] = await withPlatform((tx) =>
    tx.select({ id: users.id }).from(users).where(userEmailIs(row.invitation.email)),
  );
  return {
    id: row.invitation.id,
    email: row.invitation.email,
    role: row.invitation.role,
    expiresAt: row.invitation.expiresAt,
    state: invitationState(row.invitation),
    organization: { id: row.organization.id, name: row.organization.name, slug: row.organization.slug },
    inviterName: row.inviterName || row.inviterEmail || 'Someone',
    /** Whether the invited address already has an account (sign in) or needs one (set a password). */
    hasAccount: Boolean(existingUser),
  };
}

export type InvitationLookup = NonNullable<Awaited<ReturnType<typeof getInvitationByToken>>>;
