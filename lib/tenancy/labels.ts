import type { DOMAIN_STATUSES, ORGANIZATION_PLANS, ORGANIZATION_STATUSES, USER_STATUSES } from '@/db/schema/values';
import { ORGANIZATION_KINDS, type OrganizationKind } from './options';

/**
 * How plans, kinds and statuses read on screen, in the dashboard and the back office alike.
 * Member roles are in components/tenancy/role-labels.ts.
 */
export const PLAN_LABELS: Record<(typeof ORGANIZATION_PLANS)[number], string> = {
  free: 'Free',
  basic: 'Basic',
  pro: 'Pro',
  enterprise: 'Enterprise',
};

export const KIND_LABELS = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k.value, k.label])) as Record<OrganizationKind, string>;

/** Organization and account statuses share one vocabulary ("suspended" means the same in both). */
export type AccountStatus = (typeof ORGANIZATION_STATUSES)[number] | (typeof USER_STATUSES)[number];

export const STATUS_LABELS: Record<AccountStatus, string> = {
  active: 'Active',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
  inactive: 'Inactive',
  banned: 'Banned',
};

export const DOMAIN_STATUS_LABELS: Record<(typeof DOMAIN_STATUSES)[number], string> = {
  pending: 'Pending',
  verified: 'Verified',
  failed: 'Failed',
};
