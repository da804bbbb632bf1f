import { z } from 'zod';
import { PageParam } from '@/lib/server/list-query';
import { Email, NewPassword, PersonName } from '@/lib/account/schemas';
import { MemberRoleInput } from '../team/schemas';

export const INVITATION_TTL_DAYS = 7;

export const InviteMemberInput = z.object({
  email: Email,
  role: MemberRoleInput,
});
export type InviteMemberInput = z.infer<typeof InviteMemberInput>;

export const InvitationIdInput = z.object({ invitationId: z.string().min(1).max(64) });
export type InvitationIdInput = z.infer<typeof InvitationIdInput>;

export const ListInvitationsInput = z.object({ page: PageParam });
export type ListInvitationsInput = { page?: string | number };

/** The secret from the emailed link; base64url, 43 characters for 32 bytes. */
export const InvitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is not valid.');

export const AcceptInvitationInput = z.object({ token: InvitationToken });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export const AcceptInvitationAsNewUserInput = z.object({
  token: InvitationToken,
  name: PersonName,
  password: NewPassword,
});
export type AcceptInvitationAsNewUserInput = z.infer<typeof AcceptInvitationAsNewUserInput>;
