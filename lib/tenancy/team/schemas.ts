import { z } from 'zod';
import { PageParam } from '@/lib/server/list-query';
import { MEMBER_ROLES } from '@/db/schema/values';

export { MEMBER_ROLES };

export const MemberRoleInput = z.enum(MEMBER_ROLES, { error: 'Choose a role.' });

export const ListMembersInput = z.object({
  q: z.string().trim().max(100).catch(''),
  page: PageParam,
});
/** Raw search params: anything unparseable falls back to the defaults. */
export type ListMembersInput = { q?: string; page?: string | number };

export const ChangeMemberRoleInput = z.object({ membershipId: z.string().min(1).max(64), role: MemberRoleInput });
export type ChangeMemberRoleInput = z.infer<typeof ChangeMemberRoleInput>;

export const RemoveMemberInput = z.object({ membershipId: z.string().min(1).max(64) });
export type RemoveMemberInput = z.infer<typeof RemoveMemberInput>;

export const LeaveOrganizationInput = z.object({});
export type LeaveOrganizationInput = z.infer<typeof LeaveOrganizationInput>;
