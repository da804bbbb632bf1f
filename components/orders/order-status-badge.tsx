import { Badge } from '@/components/ui/badge';
import { ORDER_PAYMENT_STATUS_LABELS, type OrderPaymentStatusValue } from '@/lib/orders/labels';
import { ORDER_STATUS_LABELS, type OrderStatusValue } from '@/lib/orders/transitions';

const STATUS_VARIANTS = {
  pending: 'warning',
  confirmed: 'default',
  processing: 'default',
  packed: 'default',
  out_for_delivery: 'default',
  delivered: 'success',
  cancelled: 'outline',
  refunded: 'secondary',
} as const satisfies Record<OrderStatusValue, string>;

const PAYMENT_VARIANTS = {
  unpaid: 'outline',
  pending: 'warning',
  paid: 'success',
  partially_refunded: 'secondary',
  refunded: 'secondary',
  failed: 'destructive',
  voided: 'outline',
} as const satisfies Record<OrderPaymentStatusValue, string>;

/** An order's status, coloured the same wherever it shows. */
export function OrderStatusBadge({ status, className }: { status: OrderStatusValue; className?: string }) {
  return (
    <Badge variant={STATUS_VARIANTS[status]} className={className}>
      {ORDER_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Where the order's money stands. */
export function PaymentStatusBadge({ status, className }: { status: OrderPaymentStatusValue; className?: string }) {
  return (
    <Badge variant={PAYMENT_VARIANTS[status]} className={className}>
      {ORDER_PAYMENT_STATUS_LABELS[status]}
    </Badge>
  );
}
