import type { DELIVERY_STATUSES } from '@/db/schema/values';

/** Client-safe: the delivery state machine, read by the verbs, the dashboard and the courier view. */
export type DeliveryStatusValue = (typeof DELIVERY_STATUSES)[number];

/**
 * pending (waiting for a courier to start) → processing (courier on the way to pick up) →
 * dispatched (parcel with the courier; failed attempts keep it here) → delivered, or returned to
 * the store. A delivery whose order is cancelled before pick-up is cancelled.
 */
const NEXT: Record<DeliveryStatusValue, readonly DeliveryStatusValue[]> = {
  pending: ['processing', 'cancelled'],
  processing: ['dispatched', 'pending', 'cancelled'],
  dispatched: ['delivered', 'returned'],
  delivered: [],
  returned: [],
  cancelled: [],
};

export const OPEN_DELIVERY_STATUSES: readonly DeliveryStatusValue[] = ['pending', 'processing', 'dispatched'];
/** Statuses in which the courier is out with the delivery (their phone shares its position). */
export const UNDER_WAY_STATUSES: readonly DeliveryStatusValue[] = ['processing', 'dispatched'];

export function canDeliveryTransition(from: DeliveryStatusValue, to: DeliveryStatusValue): boolean {
  return NEXT[from].includes(to);
}

export function nextDeliveryStatuses(from: DeliveryStatusValue): DeliveryStatusValue[] {
  return [...NEXT[from]];
}

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatusValue, string> = {
  pending: 'Pending',
  processing: 'Picking up',
  dispatched: 'Out for delivery',
  delivered: 'Delivered',
  returned: 'Returned',
  cancelled: 'Cancelled',
};

/** The button text for moving a delivery to a status (courier view and dashboard). */
export const DELIVERY_STATUS_ACTIONS: Record<DeliveryStatusValue, string> = {
  pending: 'Put back to pending',
  processing: 'Start',
  dispatched: 'Picked up',
  delivered: 'Delivered',
  returned: 'Return to store',
  cancelled: 'Cancel delivery',
};

/** Late: still open after its estimated delivery time. */
export function isLate(delivery: { status: DeliveryStatusValue; estimatedDeliveryAt: Date | null }, now: Date = new Date()): boolean {
  return OPEN_DELIVERY_STATUSES.includes(delivery.status) && delivery.estimatedDeliveryAt !== null && delivery.estimatedDeliveryAt < now;
}
