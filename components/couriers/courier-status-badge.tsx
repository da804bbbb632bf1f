import { Badge } from '@/components/ui/badge';
import { COURIER_STATUS_LABELS, type CourierStatusValue } from '@/lib/delivery/couriers-admin/labels';
import { cn } from '@/lib/utils/cn';

const VARIANTS = { available: 'success', busy: 'warning', offline: 'outline' } as const satisfies Record<CourierStatusValue, string>;

/** A courier's status (and "Inactive" when the store switched them off), coloured the same everywhere. */
export function CourierStatusBadge({ status, isActive = true, className }: { status: CourierStatusValue; isActive?: boolean; className?: string }) {
  return (
    <span className={cn('inline-flex flex-wrap gap-1', className)}>
      <Badge variant={VARIANTS[status]}>{COURIER_STATUS_LABELS[status]}</Badge>
      {!isActive && <Badge variant="secondary">Inactive</Badge>}
    </span>
  );
}
