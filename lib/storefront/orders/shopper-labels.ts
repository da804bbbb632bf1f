import type { FULFILMENT_METHODS, ORDER_PAYMENT_STATUSES, ORDER_STATUSES, PAYMENT_METHODS } from '@/db/schema/values';

/** Client-safe: how the storefront names order states (the dashboard's words are for staff). */
type Status = (typeof ORDER_STATUSES)[number];
type Fulfilment = (typeof FULFILMENT_METHODS)[number];

const LABELS: Record<Status, string> = {
  pending: 'Order placed',
  confirmed: 'Confirmed by the store',
  processing: 'Being prepared',
  packed: 'Packed',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

export function shopperStatusLabel(status: Status, fulfilment: Fulfilment): string {
  if (fulfilment === 'pickup' && status === 'packed') return 'Ready for pick-up';
  if (fulfilment === 'pickup' && status === 'delivered') return 'Picked up';
  return LABELS[status];
}

export const PAYMENT_METHOD_LABELS: Record<(typeof PAYMENT_METHODS)[number], string> = {
  card: 'Card',
  cod: 'Cash on delivery',
  bank_transfer: 'Bank transfer',
};

export const SHOPPER_PAYMENT_STATUS_LABELS: Record<(typeof ORDER_PAYMENT_STATUSES)[number], string> = {
  unpaid: 'Not paid yet',
  pending: 'Awaiting payment',
  paid: 'Paid',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
  failed: 'Payment failed',
  voided: 'No payment due',
};
