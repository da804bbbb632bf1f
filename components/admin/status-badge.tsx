import { Badge } from '@/components/ui/badge';
import type { DOMAIN_STATUSES } from '@/db/schema/values';
import { DOMAIN_STATUS_LABELS, STATUS_LABELS, type AccountStatus } from '@/lib/tenancy/labels';

const VARIANTS = {
  active: 'success',
  suspended: 'warning',
  cancelled: 'secondary',
  inactive: 'secondary',
  banned: 'destructive',
} as const satisfies Record<AccountStatus, string>;

/** Organization and account statuses, coloured the same way in the dashboard and the back office. */
export function StatusBadge({ status, className }: { status: AccountStatus; className?: string }) {
  return (
    <Badge variant={VARIANTS[status]} className={className}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

const DOMAIN_VARIANTS = { pending: 'secondary', verified: 'success', failed: 'destructive' } as const;

/** A custom domain's verification state. */
export function DomainStatusBadge({ status }: { status: (typeof DOMAIN_STATUSES)[number] }) {
  return <Badge variant={DOMAIN_VARIANTS[status]}>{DOMAIN_STATUS_LABELS[status]}</Badge>;
}
