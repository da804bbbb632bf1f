import { Badge } from '@/components/ui/badge';

const VARIANTS = {
  active: 'success',
  suspended: 'warning',
  cancelled: 'secondary',
  inactive: 'secondary',
  banned: 'destructive',
} as const;

const LABELS: Record<keyof typeof VARIANTS, string> = {
  active: 'Active',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
  inactive: 'Inactive',
  banned: 'Banned',
};

/** Tenant and user statuses, coloured the same way everywhere in the back office. */
export function StatusBadge({ status }: { status: keyof typeof VARIANTS }) {
  return <Badge variant={VARIANTS[status]}>{LABELS[status]}</Badge>;
}

export const PLAN_LABELS = { free: 'Free', basic: 'Basic', pro: 'Pro', enterprise: 'Enterprise' } as const;
export const KIND_LABELS = { store: 'Store', marketplace: 'Marketplace', print: 'Print shop', services: 'Services' } as const;
export const STATUS_LABELS = LABELS;
