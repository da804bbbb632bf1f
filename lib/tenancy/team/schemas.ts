import { z } from 'zod';
import type { MemberRole } from '@/db/schema/tenancy/memberships';

/**
 * The member_role enum, spelled out so browser bundles (the invite form) need not import the
 * table definitions. The check below fails to compile if the enum gains a role not listed here.
 */
export const MEMBER_ROLES = ['owner', 'admin', 'staff', 'seller', 'courier'] as const satisfies readonly MemberRole[];
const _everyRoleListed: Exclude<MemberRole, (typeof MEMBER_ROLES)[number]> extends never ? true : never = true;

export const MemberRoleInput = z.enum(MEMBER_ROLES, { error: 'Choose a role.' });

export const ListMembersInput = z.object({
  q: z.string().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
/** Raw search params: anything unparseable falls back to the defaults. */
export type ListMembersInput = { q?: string; page?: string | number };

export const ChangeMemberRoleInput = z.object({ membershipId: z.string().min(1).max(64), role: MemberRoleInput });
export type ChangeMemberRoleInput = z.infer<typeof ChangeMemberRoleInput>;

export const RemoveMemberInput = z.object({ membershipId: z.string().min(1).max(64) });
export type RemoveMemberInput = z.infer<typeof RemoveMemberInput>;

export const LeaveOrganizationInput = z.object({});
export type LeaveOrganizationInput = z.infer<typeof LeaveOrganizationInput>;
