import type { PAYMENT_STATUSES } from '@/db/schema/values';

type PaymentStatusValue = (typeof PAYMENT_STATUSES)[number];

/**
 * How far a payment has got. Provider events arrive late, twice and out of order; a payment
 * only ever moves to a higher rank, so an old event can never undo a newer one (a failure
 * report after the success, a success after a refund).
 */
const RANK: Record<PaymentStatusValue, number> = {
  pending: 0,
  processing: 1,
  failed: 1,
  cancelled: 1,
  completed: 2,
  partially_refunded: 3,
  refunded: 4,
};

export function paymentCanMoveTo(from: PaymentStatusValue, to: PaymentStatusValue): boolean {
  return RANK[to] > RANK[from];
}

/** Money has been taken on this payment (possibly given back since). */
export function isCaptured(status: PaymentStatusValue): boolean {
  return RANK[status] >= RANK.completed;
}

/** The payment and order payment statuses for a captured amount with `refunded` given back. */
export function refundedStatuses(amount: number, refunded: number) {
  if (refunded <= 0) return { payment: 'completed', order: 'paid' } as const;
  if (refunded >= amount) return { payment: 'refunded', order: 'refunded' } as const;
  return { payment: 'partially_refunded', order: 'partially_refunded' } as const;
}
