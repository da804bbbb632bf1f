import { z } from 'zod';
import { PageParam } from '@/lib/server/list-query';
import { ORGANIZATION_PLANS, ORGANIZATION_STATUSES, USER_STATUSES as USER_STATUS_VALUES } from '@/db/schema/values';

/** Why a back-office change was made; stored on the row and in the audit log. */
export const Reason = z
  .string()
  .trim()
  .min(3, 'Give a reason of at least 3 characters.')
  .max(500, 'Keep the reason under 500 characters.');

export const SuspendTenantInput = z.object({ organizationId: z.string().min(1), reason: Reason });
export type SuspendTenantInput = z.infer<typeof SuspendTenantInput>;

export const ReactivateTenantInput = z.object({ organizationId: z.string().min(1), reason: Reason });
export type ReactivateTenantInput = z.infer<typeof ReactivateTenantInput>;

export const PLANS = ORGANIZATION_PLANS;
export const TENANT_STATUSES = ORGANIZATION_STATUSES;
export const USER_STATUSES = USER_STATUS_VALUES;

export const ChangeTenantPlanInput = z.object({
  organizationId: z.string().min(1),
  plan: z.enum(PLANS, 'Choose a plan.'),
  reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').default(''),
});
export type ChangeTenantPlanInput = z.infer<typeof ChangeTenantPlanInput>;

export const DisableUserInput = z.object({ userId: z.string().min(1), reason: Reason });
export type DisableUserInput = z.infer<typeof DisableUserInput>;

export const EnableUserInput = z.object({ userId: z.string().min(1), reason: Reason });
export type EnableUserInput = z.infer<typeof EnableUserInput>;

// List filters come from the URL: anything malformed falls back to "no filter" instead of failing.
const search = z.string().trim().max(200).catch('');

export const ListTenantsFilters = z.object({
  q: search,
  plan: z.enum(PLANS).optional().catch(undefined),
  status: z.enum(TENANT_STATUSES).optional().catch(undefined),
  page: PageParam,
});
export type ListTenantsFilters = z.infer<typeof ListTenantsFilters>;

export const ListUsersFilters = z.object({
  q: search,
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: PageParam,
});
export type ListUsersFilters = z.infer<typeof ListUsersFilters>;
