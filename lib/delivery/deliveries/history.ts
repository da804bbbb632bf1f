import 'server-only';
import type { Tx } from '@/db/client';
import { deliveryStatusHistory, type DeliveryStatus } from '@/db/schema';
import type { DELIVERY_EVENTS } from '@/db/schema/values';
import type { LatLng } from './geo';

export type DeliveryActor = { type: 'staff' | 'courier' | 'customer' | 'system'; userId: string | null };

export type DeliveryHistoryEntry = {
  deliveryId: string;
  event: (typeof DELIVERY_EVENTS)[number];
  actor: DeliveryActor;
  fromStatus?: DeliveryStatus | null;
  toStatus?: DeliveryStatus | null;
  courierId?: string | null;
  reason?: string | null;
  notes?: string | null;
  location?: LatLng | null;
};

/** One row of a delivery's timeline; every verb that changes a delivery writes one. */
export async function writeDeliveryHistory(tx: Tx, orgId: string, entry: DeliveryHistoryEntry): Promise<void> {
  await tx.insert(deliveryStatusHistory).values({
    organizationId: orgId,
    deliveryId: entry.deliveryId,
    event: entry.event,
    fromStatus: entry.fromStatus ?? null,
    toStatus: entry.toStatus ?? null,
    courierId: entry.courierId ?? null,
    reason: entry.reason ?? null,
    notes: entry.notes ?? null,
    latitude: entry.location?.latitude ?? null,
    longitude: entry.location?.longitude ?? null,
    actorType: entry.actor.type,
    changedById: entry.actor.userId,
  });
}
