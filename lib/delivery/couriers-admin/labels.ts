import type { COURIER_STATUSES, COURIER_VEHICLES } from '@/db/schema/values';

/** Client-safe names of a courier's status and vehicle. */
export type CourierStatusValue = (typeof COURIER_STATUSES)[number];
export type CourierVehicleValue = (typeof COURIER_VEHICLES)[number];

export const COURIER_STATUS_LABELS: Record<CourierStatusValue, string> = {
  available: 'Available',
  busy: 'On a delivery',
  offline: 'Offline',
};

export const COURIER_VEHICLE_LABELS: Record<CourierVehicleValue, string> = {
  on_foot: 'On foot',
  bicycle: 'Bicycle',
  motorbike: 'Motorbike',
  car: 'Car',
  van: 'Van',
};

/** Average of the shoppers' stars, or null before the first rating. */
export function ratingAverage(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

/** "4.6 ★ (12)" or "No ratings yet". */
export function formatRating(average: number | null, count: number): string {
  if (average === null) return 'No ratings yet';
  return `${average.toFixed(1)} ★ (${count} ${count === 1 ? 'rating' : 'ratings'})`;
}
