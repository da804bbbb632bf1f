'use server';

import { adminAction } from '@/lib/server/action';
import { grantPlatformRole } from './grant-platform-role';
import { revokePlatformRole } from './revoke-platform-role';
import { GrantPlatformRoleInput, RevokePlatformRoleInput } from './schemas';

export const grantPlatformRoleAction = adminAction(GrantPlatformRoleInput, grantPlatformRole);
export const revokePlatformRoleAction = adminAction(RevokePlatformRoleInput, revokePlatformRole);
