import { AlarmClock } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { formatDuration } from '@/lib/delivery/deliveries-admin/format';
import { DELIVERY_STATUS_LABELS, type DeliveryStatusValue } from '@/lib/delivery/deliveries/transitions';
import { cn } from '@/lib/utils/cn';

const VARIANTS = {
  pending: 'warning',
  processing: 'default',
  dispatched: 'default',
  delivered: 'success',
  returned: 'secondary',
  cancelled: 'outline',
} as const satisfies Record<DeliveryStatusValue, string>;

/** A delivery's status, coloured the same wherever it shows. */
export function DeliveryStatusBadge({ status, className }: { status: DeliveryStatusValue; className?: string }) {
  return (
    <Badge variant={VARIANTS[status]} className={className}>
      {DELIVERY_STATUS_LABELS[status]}
    </Badge>
  );
}

/** "Late by 2 h": an icon and words, so it does not rely on its colour. */
export function LateBadge({ lateByMinutes, className }: { lateByMinutes: number; className?: string }) {
  return (
    <Badge variant="destructive" className={cn('gap-1', className)}>
      <AlarmClock aria-hidden="true" />
      Late by {formatDuration(lateByMinutes)}
    </Badge>
  );
}
