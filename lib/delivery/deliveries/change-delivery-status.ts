import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couriers, deliveries, type Delivery, type DeliveryStatus } from '@/db/schema';
import { conflict, invalid } from '@/lib/server/errors';
import { refreshCourierStatus } from '../couriers/courier-profile';
import { getDeliverySettings, usesOtp } from './delivery-settings';
import type { LatLng } from './geo';
import { writeDeliveryHistory, type DeliveryActor } from './history';
import { lockDelivery } from './lock-delivery';
import { issueDeliveryOtp } from './otp';
import { missingProof } from './proof';
import { syncOrderStatus } from './sync-order-status';
import { canDeliveryTransition, DELIVERY_STATUS_LABELS } from './transitions';

export type DeliveryStatusChange = {
  deliveryId: string;
  to: DeliveryStatus;
  actor: DeliveryActor;
  /** Required to return a parcel, and for staff marking delivered without the proof the store asks for. */
  reason?: string | null;
  notes?: string | null;
  /** Where the courier's phone was. */
  location?: LatLng | null;
  /** Refuse unless the delivery is still in this status (a page that was open for a while). */
  expectedFrom?: DeliveryStatus;
  /** A courier acting: only their own delivery exists for them. */
  onlyCourierId?: string;
};

export type DeliveryStatusResult = { delivery: Delivery; from: DeliveryStatus; /** The shopper's new code, when dispatch issued one. */ otp: string | null };

const ORDER_STATUS_FOR: Partial<Record<DeliveryStatus, 'out_for_delivery' | 'delivered' | 'packed'>> = {
  dispatched: 'out_for_delivery',
  delivered: 'delivered',
  returned: 'packed',
};

/**
 * The one way a delivery's status changes: checks the state machine and what the step needs
 * (a courier to start, proof at the door, a reason to return), writes the history row, moves the
 * order's status along, and keeps the courier's busy/available status, all in the caller's
 * transaction. Dispatch issues the shopper's one-time code when the store asks for one.
 */
export async function changeDeliveryStatus(tx: Tx, orgId: string, change: DeliveryStatusChange): Promise<DeliveryStatusResult> {
  const delivery = await lockDelivery(tx, orgId, change.deliveryId, change.onlyCourierId);
  const from = delivery.status;
  const label = (s: DeliveryStatus) => DELIVERY_STATUS_LABELS[s].toLowerCase();
  if (change.expectedFrom && change.expectedFrom !== from) {
    throw conflict(`Delivery ${delivery.trackingNumber} is now ${label(from)}. Reload to see its current state.`);
  }
  if (!canDeliveryTransition(from, change.to)) {
    throw conflict(`Delivery ${delivery.trackingNumber} is ${label(from)} and cannot move to ${label(change.to)}.`);
  }
  const reason = change.reason?.trim() || null;
  if ((change.to === 'processing' || change.to === 'dispatched') && !delivery.courierId) {
    throw conflict(`Assign a courier to delivery ${delivery.trackingNumber} first.`);
  }
  if (change.to === 'returned' && !reason) throw invalid('Say why the parcel goes back to the store.', { reason: ['Say why the parcel goes back to the store.'] });

  const settings = await getDeliverySettings(tx, orgId);
  const now = new Date();
  const set: Partial<typeof deliveries.$inferInsert> = { status: change.to, updatedAt: now };
  let otp: string | null = null;
  let notes = change.notes?.trim() || null;

  if (change.to === 'processing') set.startedAt = now;
  if (change.to === 'pending') set.startedAt = null;
  if (change.to === 'cancelled') set.cancelledAt = now;
  if (change.to === 'returned') Object.assign(set, { returnedAt: now, returnReason: reason });
  if (change.to === 'dispatched') set.dispatchedAt = now;
  if (change.to === 'delivered') {
    const missing = missingProof(settings.proofRequirement, delivery);
    if (missing && change.actor.type !== 'staff') throw invalid(missing, { proof: [missing] });
    if (missing && !reason) throw invalid(`${missing} To mark it delivered anyway, give a reason.`, { reason: ['Give a reason for marking it delivered without proof.'] });
    if (missing) notes = [`Proof waived: ${reason}`, notes].filter(Boolean).join(' — ');
    const [courier] = await tx
      .update(couriers)
      .set({ totalEarnings: sql`${couriers.totalEarnings} + ${couriers.feePerDelivery}` })
      .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, delivery.courierId!)))
      .returning({ fee: couriers.feePerDelivery });
    Object.assign(set, { deliveredAt: now, courierFee: courier?.fee ?? 0 });
    if (change.location) Object.assign(set, { dropoffLatitude: change.location.latitude, dropoffLongitude: change.location.longitude });
  }

  const [updated] = await tx.update(deliveries).set(set).where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, delivery.id))).returning();
  if (change.to === 'dispatched' && usesOtp(settings.proofRequirement)) otp = await issueDeliveryOtp(tx, orgId, delivery.id, now);

  await writeDeliveryHistory(tx, orgId, {
    deliveryId: delivery.id,
    event: 'status_changed',
    fromStatus: from,
    toStatus: change.to,
    courierId: delivery.courierId,
    reason,
    notes,
    location: change.location,
    actor: change.actor,
  });
  const orderStatus = ORDER_STATUS_FOR[change.to];
  if (orderStatus) {
    await syncOrderStatus(tx, orgId, delivery.orderId, orderStatus, change.actor, change.to === 'returned' ? `Returned to the store: ${reason}` : null);
  }
  if (delivery.courierId) await refreshCourierStatus(tx, orgId, delivery.courierId);
  return { delivery: otp ? { ...updated!, otpSentAt: now, otpAttempts: 0 } : updated!, from, otp };
}

/** A try at the door that did not work out (nobody home, wrong address): the parcel stays with the courier. */
export async function recordFailedAttempt(
  tx: Tx,
  orgId: string,
  input: { deliveryId: string; reason: string; actor: DeliveryActor; location?: LatLng | null; onlyCourierId?: string },
): Promise<Delivery> {
  const delivery = await lockDelivery(tx, orgId, input.deliveryId, input.onlyCourierId);
  if (delivery.status !== 'dispatched') throw conflict(`Delivery ${delivery.trackingNumber} is not out for delivery.`);
  const reason = input.reason.trim();
  if (!reason) throw invalid('Say what went wrong.', { reason: ['Say what went wrong.'] });
  const [updated] = await tx
    .update(deliveries)
    .set({ failedAttempts: sql`${deliveries.failedAttempts} + 1`, lastFailureReason: reason, updatedAt: new Date() })
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, delivery.id)))
    .returning();
  await writeDeliveryHistory(tx, orgId, {
    deliveryId: delivery.id,
    event: 'failed_attempt',
    fromStatus: 'dispatched',
    toStatus: 'dispatched',
    courierId: delivery.courierId,
    reason,
    location: input.location,
    actor: input.actor,
  });
  return updated!;
}
