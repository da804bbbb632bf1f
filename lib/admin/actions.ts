'use server';

import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { adminAction } from '@/lib/server/action';
import { changeTenantPlan } from './change-tenant-plan';
import { disableUser } from './disable-user';
import { enableUser } from './enable-user';
import { reactivateTenant } from './reactivate-tenant';
import { ChangeTenantPlanInput, DisableUserInput, EnableUserInput, ReactivateTenantInput, SuspendTenantInput } from './schemas';
import { suspendTenant } from './suspend-tenant';

export const suspendTenantAction = adminAction(SuspendTenantInput, revalidatingStorefronts(suspendTenant));
export const reactivateTenantAction = adminAction(ReactivateTenantInput, revalidatingStorefronts(reactivateTenant));
export const changeTenantPlanAction = adminAction(ChangeTenantPlanInput, changeTenantPlan);
export const disableUserAction = adminAction(DisableUserInput, disableUser);
export const enableUserAction = adminAction(EnableUserInput, enableUser);
