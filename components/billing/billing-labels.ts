import type { BILLING_STATUSES, PLAN_CHANGE_SOURCES } from '@/db/schema/values';

/** Client-safe labels for billing statuses and plan-change sources. */
export const BILLING_STATUS_LABELS: Record<(typeof BILLING_STATUSES)[number], string> = {
  none: 'Not started',
  incomplete: 'Checkout not finished',
  trialing: 'Trial',
  active: 'Active',
  past_due: 'Payment failed',
  unpaid: 'Unpaid',
  canceled: 'Cancelled',
};

export const BILLING_STATUS_VARIANTS = {
  none: 'outline',
  incomplete: 'outline',
  trialing: 'secondary',
  active: 'success',
  past_due: 'destructive',
  unpaid: 'destructive',
  canceled: 'secondary',
} as const;

export const PLAN_CHANGE_SOURCE_LABELS: Record<(typeof PLAN_CHANGE_SOURCES)[number], string> = {
  admin: 'Platform team',
  billing: 'Subscription',
  grace_period: 'Unpaid after grace period',
  cancellation: 'Subscription cancelled',
};
