import { withOrg } from '@/db/scope';
import type { UserActionContext } from '@/lib/server/action';
import { userActor } from '@/lib/server/actor';
import { forbidden } from '@/lib/server/errors';
import { consumeInvitation, openInvitation } from './consume-invitation';
import type { AcceptInvitationInput } from './schemas';

/** A signed-in user accepts an invitation sent to their own address. */
export async function acceptInvitation({ user, meta }: UserActionContext, input: AcceptInvitationInput) {
  const invitation = await openInvitation(input.token);
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    throw forbidden(`This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`);
  }
  const actor = userActor(user, meta);
  return withOrg(invitation.organization.id, (tx) => consumeInvitation(tx, invitation, user.id, actor), user.id);
}
