'use server';

import { signIn, signOut } from '@/lib/auth/auth';
import { issueSignInTicket } from '@/lib/auth/sign-in';
import { orgAction, publicAction, userAction, type ActionResult } from '@/lib/server/action';
import type { MemberRole } from '@/db/schema';
import { acceptInvitation } from './accept-invitation';
import { acceptInvitationAsNewUser } from './accept-invitation-as-new-user';
import { inviteMember } from './invite-member';
import { resendInvitation } from './resend-invitation';
import { revokeInvitation } from './revoke-invitation';
import { AcceptInvitationAsNewUserInput, AcceptInvitationInput, InvitationIdInput, InvitationToken, InviteMemberInput } from './schemas';

export const inviteMemberAction = orgAction(InviteMemberInput, inviteMember);
export const resendInvitationAction = orgAction(InvitationIdInput, resendInvitation);
export const revokeInvitationAction = orgAction(InvitationIdInput, revokeInvitation);

type Accepted = { redirectTo: string };

/** Couriers work from the courier view; everyone else lands in the organization's dashboard. */
const landingFor = ({ role, slug }: { role: MemberRole; slug: string }) => (role === 'courier' ? '/courier' : `/dashboard/${slug}`);

const accept = userAction(AcceptInvitationInput, acceptInvitation);

export async function acceptInvitationAction(input: AcceptInvitationInput): Promise<ActionResult<Accepted>> {
  const result = await accept(input);
  return result.error ? result : { data: { redirectTo: landingFor(result.data) } };
}

const acceptAsNewUser = publicAction(AcceptInvitationAsNewUserInput, acceptInvitationAsNewUser);

/** Creates the account, joins the organization, then signs the new member in. */
export async function acceptInvitationAsNewUserAction(input: AcceptInvitationAsNewUserInput): Promise<ActionResult<Accepted>> {
  const result = await acceptAsNewUser(input);
  if (result.error) return result;
  const ticket = await issueSignInTicket(result.data.userId);
  await signIn('ticket', { ticket, redirect: false });
  return { data: { redirectTo: landingFor(result.data) } };
}

/** "Not you?": signs out and comes back to the same invitation link to sign in as the invited address. */
export async function signOutForInvitationAction(token: string): Promise<void> {
  const parsed = InvitationToken.safeParse(token);
  await signOut({ redirectTo: parsed.success ? `/invite/${parsed.data}` : '/' });
}
