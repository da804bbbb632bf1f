import type { FULFILMENT_METHODS, ORDER_PAYMENT_STATUSES, PAYMENT_METHODS, PAYMENT_STATUSES, REFUND_STATUSES } from '@/db/schema/values';

/** Client-safe: how order payment fields read on screen (dashboard lists, order page, invoice). */
export type OrderPaymentStatusValue = (typeof ORDER_PAYMENT_STATUSES)[number];
export type PaymentMethodValue = (typeof PAYMENT_METHODS)[number];
export type PaymentRecordStatusValue = (typeof PAYMENT_STATUSES)[number];
export type RefundStatusValue = (typeof REFUND_STATUSES)[number];
export type FulfilmentMethodValue = (typeof FULFILMENT_METHODS)[number];

export const ORDER_PAYMENT_STATUS_LABELS: Record<OrderPaymentStatusValue, string> = {
  unpaid: 'Unpaid',
  pending: 'Payment pending',
  paid: 'Paid',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
  failed: 'Payment failed',
  voided: 'Voided',
};

export const PAYMENT_METHOD_LABELS: Record<PaymentMethodValue, string> = {
  card: 'Card',
  cod: 'Cash on delivery',
  bank_transfer: 'Bank transfer',
};

/** A payment row's own status (one order can have several payments). */
export const PAYMENT_RECORD_STATUS_LABELS: Record<PaymentRecordStatusValue, string> = {
  pending: 'Pending',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
};

export const REFUND_STATUS_LABELS: Record<RefundStatusValue, string> = {
  pending: 'Pending',
  succeeded: 'Refunded',
  failed: 'Failed',
};

export const FULFILMENT_METHOD_LABELS: Record<FulfilmentMethodValue, string> = {
  delivery: 'Delivery',
  pickup: 'Pick-up in store',
};
