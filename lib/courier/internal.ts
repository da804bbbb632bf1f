import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { deliveries, orders } from '@/db/schema';
import { latLng, type LatLng } from '@/lib/delivery/deliveries/geo';
import type { CourierContext } from './context';

/** "2025-03-05": the calendar day of `at` in `timeZone`. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** `day` ± `days` whole days (plain calendar arithmetic on "YYYY-MM-DD"). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The moment a calendar day starts in `timeZone`, for comparing timestamps in SQL. */
export const dayStart = (day: string, timeZone: string): SQL => sql`(${day}::date::timestamp at time zone ${timeZone})`;

/** The columns every courier list shows: the delivery, its order number, and where it is. */
export const courierDeliveryColumns = {
  id: deliveries.id,
  trackingNumber: deliveries.trackingNumber,
  status: deliveries.status,
  orderNumber: orders.number,
  address: deliveries.address,
  items: deliveries.items,
  codAmount: deliveries.codAmount,
  currency: deliveries.currency,
  pickupLabel: deliveries.pickupLabel,
  pickupLatitude: deliveries.pickupLatitude,
  pickupLongitude: deliveries.pickupLongitude,
  dropoffLatitude: deliveries.dropoffLatitude,
  dropoffLongitude: deliveries.dropoffLongitude,
  estimatedDeliveryAt: deliveries.estimatedDeliveryAt,
  failedAttempts: deliveries.failedAttempts,
  createdAt: deliveries.createdAt,
  deliveredAt: deliveries.deliveredAt,
  returnedAt: deliveries.returnedAt,
  cancelledAt: deliveries.cancelledAt,
};

export const joinOrder = and(eq(orders.organizationId, deliveries.organizationId), eq(orders.id, deliveries.orderId));

/** A position older than this is no longer where the courier is. */
const POSITION_FRESH_MS = 2 * 3_600_000;

export function currentPosition(cc: Pick<CourierContext, 'courier'>, now: Date = new Date()): LatLng | null {
  const { lastLatitude, lastLongitude, lastSeenAt } = cc.courier;
  if (!lastSeenAt || now.getTime() - lastSeenAt.getTime() > POSITION_FRESH_MS) return null;
  return latLng(lastLatitude, lastLongitude);
}
