import type { FULFILMENT_METHODS, ORDER_STATUSES } from '@/db/schema/values';

/** Client-safe: the order state machine (seed 003 orderstates), read by the verbs and the UI. */
export type OrderStatusValue = (typeof ORDER_STATUSES)[number];
type Fulfilment = (typeof FULFILMENT_METHODS)[number];

const NEXT: Record<OrderStatusValue, readonly OrderStatusValue[]> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['processing', 'cancelled', 'refunded'],
  processing: ['packed', 'cancelled', 'refunded'],
  // A pick-up order is handed over at the counter: packed → delivered.
  packed: ['out_for_delivery', 'delivered', 'processing', 'cancelled', 'refunded'],
  // A failed delivery attempt brings the parcel back: out for delivery → packed.
  out_for_delivery: ['delivered', 'packed'],
  delivered: ['refunded'],
  cancelled: [],
  refunded: [],
};

/** What a shopper may do themselves: cancel before the store has started on the order. */
export const CUSTOMER_CANCELLABLE: readonly OrderStatusValue[] = ['pending', 'confirmed'];

export function canTransition(order: { status: OrderStatusValue; fulfilmentMethod: Fulfilment }, to: OrderStatusValue): boolean {
  if (!NEXT[order.status].includes(to)) return false;
  if (order.fulfilmentMethod === 'pickup' && to === 'out_for_delivery') return false;
  if (order.fulfilmentMethod === 'delivery' && order.status === 'packed' && to === 'delivered') return false;
  return true;
}

/** The statuses an order can move to next, in the order the UI offers them. */
export function nextStatuses(order: { status: OrderStatusValue; fulfilmentMethod: Fulfilment }): OrderStatusValue[] {
  return NEXT[order.status].filter((to) => canTransition(order, to));
}

export const ORDER_STATUS_LABELS: Record<OrderStatusValue, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  processing: 'Processing',
  packed: 'Packed',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

/** The button text for moving an order to a status. */
export const ORDER_STATUS_ACTIONS: Record<OrderStatusValue, string> = {
  pending: 'Mark pending',
  confirmed: 'Confirm',
  processing: 'Start processing',
  packed: 'Mark packed',
  out_for_delivery: 'Send out for delivery',
  delivered: 'Mark delivered',
  cancelled: 'Cancel order',
  refunded: 'Mark refunded',
};
