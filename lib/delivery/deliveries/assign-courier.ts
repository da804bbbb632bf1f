import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveries, type Delivery } from '@/db/schema';
import { conflict, invalid } from '@/lib/server/errors';
import { findAssignableCourier, refreshCourierStatus } from '../couriers/courier-profile';
import { writeDeliveryHistory, type DeliveryActor } from './history';
import { lockDelivery } from './lock-delivery';

/**
 * A member gives the delivery to a courier, hands it to another one, or takes it back
 * (`courierId: null`). Only before pick-up: once dispatched, the parcel is in the courier's hands.
 * Taking it back from a courier who had started puts it back to pending.
 */
export async function assignCourier(
  tx: Tx,
  orgId: string,
  input: { deliveryId: string; courierId: string | null; actor: DeliveryActor; reason?: string | null; expectedCourierId?: string | null },
): Promise<Delivery> {
  const delivery = await lockDelivery(tx, orgId, input.deliveryId);
  if (input.expectedCourierId !== undefined && input.expectedCourierId !== delivery.courierId) {
    throw conflict(`Delivery ${delivery.trackingNumber} was reassigned meanwhile. Reload to see who has it.`);
  }
  if (delivery.status !== 'pending' && delivery.status !== 'processing') {
    throw conflict(`Delivery ${delivery.trackingNumber} is ${delivery.status === 'dispatched' ? 'already with its courier' : 'closed'}; it can no longer be reassigned.`);
  }
  if (input.courierId === delivery.courierId) return delivery;
  if (input.courierId && !(await findAssignableCourier(tx, orgId, input.courierId))) {
    throw invalid('Choose an active courier of this organization.', { courierId: ['Choose an active courier of this organization.'] });
  }

  const now = new Date();
  const backToPending = delivery.status === 'processing';
  const [updated] = await tx
    .update(deliveries)
    .set({ courierId: input.courierId, assignedAt: input.courierId ? now : null, ...(backToPending ? { status: 'pending', startedAt: null } : {}), updatedAt: now })
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, delivery.id)))
    .returning();
  await writeDeliveryHistory(tx, orgId, {
    deliveryId: delivery.id,
    event: input.courierId ? 'assigned' : 'unassigned',
    fromStatus: delivery.status,
    toStatus: updated!.status,
    courierId: input.courierId,
    reason: input.reason,
    actor: input.actor,
  });
  if (delivery.courierId) await refreshCourierStatus(tx, orgId, delivery.courierId);
  if (input.courierId) await refreshCourierStatus(tx, orgId, input.courierId);
  return updated!;
}

/**
 * A courier takes an unassigned pending delivery for themselves. One conditional update: when
 * two couriers claim at once, the second waits for the first and then finds it taken.
 */
export async function claimDelivery(tx: Tx, orgId: string, input: { deliveryId: string; courierId: string; userId: string }): Promise<Delivery> {
  if (!(await findAssignableCourier(tx, orgId, input.courierId))) throw conflict('Your courier account is paused in this store; ask the store to reactivate it.');
  const now = new Date();
  const [claimed] = await tx
    .update(deliveries)
    .set({ courierId: input.courierId, assignedAt: now, updatedAt: now })
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, input.deliveryId), isNull(deliveries.courierId), eq(deliveries.status, 'pending')))
    .returning();
  if (!claimed) throw conflict('Another courier has already taken this delivery.');
  await writeDeliveryHistory(tx, orgId, {
    deliveryId: claimed.id,
    event: 'assigned',
    fromStatus: 'pending',
    toStatus: 'pending',
    courierId: input.courierId,
    notes: 'Taken by the courier',
    actor: { type: 'courier', userId: input.userId },
  });
  return claimed;
}
