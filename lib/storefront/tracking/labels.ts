import type { DeliveryStatusValue } from '@/lib/delivery/deliveries/transitions';

/** Client-safe: a delivery's states in the shopper's words (the dashboard's words are for staff). */
export const SHOPPER_DELIVERY_LABELS: Record<DeliveryStatusValue, string> = {
  pending: 'Waiting for a courier',
  processing: 'Courier on the way to pick up',
  dispatched: 'Out for delivery',
  delivered: 'Delivered',
  returned: 'Returned to the store',
  cancelled: 'Cancelled',
};

export const FAILED_ATTEMPT_LABEL = 'Delivery attempt failed';

/** The steps of the progress bar, in order; returned and cancelled end the journey off it. */
export const TRACKING_STEPS = ['pending', 'processing', 'dispatched', 'delivered'] as const satisfies readonly DeliveryStatusValue[];

export const TRACKING_STEP_LABELS: Record<(typeof TRACKING_STEPS)[number], string> = {
  pending: 'Preparing',
  processing: 'Picking up',
  dispatched: 'On the way',
  delivered: 'Delivered',
};

/** Trims and upper-cases what the shopper typed or pasted ("trk 2abc…" stays invalid, not guessed). */
export const normalizeTrackingNumber = (input: string) => input.trim().toUpperCase();

/** `TRK` + 8 characters: anything else is not looked up at all. */
export const looksLikeTrackingNumber = (value: string) => /^TRK[0-9A-Z]{8}$/.test(value);
