import { withGlobal, withOrg } from '@/db/scope';
import { userEmailIs, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { newId } from '@/lib/ids';
import { userActor } from '@/lib/server/actor';
import { conflict } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';
import { isUniqueViolation } from '@/db/errors';
import { consumeInvitation, openInvitation } from './consume-invitation';
import type { AcceptInvitationAsNewUserInput } from './schemas';

const HAS_ACCOUNT = 'An account with this email already exists. Sign in to accept the invitation.';

/**
 * Someone without an account accepts: their account (email verified, since the link reached
 * their inbox), the membership and the used invitation are created in one transaction.
 * The caller signs them in afterwards.
 */
export async function acceptInvitationAsNewUser(meta: RequestMeta, input: AcceptInvitationAsNewUserInput) {
  const invitation = await openInvitation(input.token);
  const [existing] = await withGlobal((tx) =>
    tx.select({ id: users.id }).from(users).where(userEmailIs(invitation.email)),
  );
  if (existing) throw conflict(HAS_ACCOUNT);
  // argon2 is deliberately slow: hash before the transaction opens, not while it holds locks.
  const passwordHash = await hashPassword(input.password);
  const userId = newId('usr');
  const actor = userActor({ id: userId, email: invitation.email }, meta);
  try {
    const accepted = await withOrg(invitation.organization.id, async (tx) => {
      await tx.insert(users).values({
        id: userId,
        email: invitation.email,
        name: input.name,
        passwordHash,
        emailVerified: new Date(),
      });
      return consumeInvitation(tx, invitation, userId, actor);
    });
    return { ...accepted, userId };
  } catch (e) {
    if (isUniqueViolation(e, 'users_email_key')) throw conflict(HAS_ACCOUNT);
    throw e;
  }
}
