import { z } from 'zod';
import { MemberRoleInput } from '../team/schemas';

export const INVITATION_TTL_DAYS = 7;

export const InviteMemberInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254, 'That address is too long.')),
  role: MemberRoleInput,
});
export type InviteMemberInput = z.infer<typeof InviteMemberInput>;

export const InvitationIdInput = z.object({ invitationId: z.string().min(1).max(64) });
export type InvitationIdInput = z.infer<typeof InvitationIdInput>;

export const ListInvitationsInput = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });
export type ListInvitationsInput = { page?: string | number };

/** The secret from the emailed link; base64url, 43 characters for 32 bytes. */
export const InvitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is not valid.');

export const AcceptInvitationInput = z.object({ token: InvitationToken });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export const AcceptInvitationAsNewUserInput = z.object({
  token: InvitationToken,
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  password: z.string().min(10, 'Use at least 10 characters.').max(200, 'Use at most 200 characters.'),
});
export type AcceptInvitationAsNewUserInput = z.infer<typeof AcceptInvitationAsNewUserInput>;
