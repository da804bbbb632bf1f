'use server';

import { orgAction } from '@/lib/server/action';
import { changeMemberRole } from './change-member-role';
import { leaveOrganization } from './leave-organization';
import { removeMember } from './remove-member';
import { ChangeMemberRoleInput, LeaveOrganizationInput, RemoveMemberInput } from './schemas';

export const changeMemberRoleAction = orgAction(ChangeMemberRoleInput, changeMemberRole);
export const removeMemberAction = orgAction(RemoveMemberInput, removeMember);
export const leaveOrganizationAction = orgAction(LeaveOrganizationInput, leaveOrganization);
