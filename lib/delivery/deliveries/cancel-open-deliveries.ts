import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveries } from '@/db/schema';
import { refreshCourierStatus } from '../couriers/courier-profile';
import { writeDeliveryHistory, type DeliveryActor } from './history';

/**
 * The order was cancelled or refunded before pick-up: its open delivery is cancelled too (an
 * order out for delivery cannot be cancelled, so no parcel with a courier is affected).
 */
export async function cancelOpenDeliveries(tx: Tx, orgId: string, orderId: string, actor: DeliveryActor, reason: string | null): Promise<void> {
  const now = new Date();
  const cancelled = await tx
    .update(deliveries)
    .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.orderId, orderId), inArray(deliveries.status, ['pending', 'processing'])))
    .returning({ id: deliveries.id, courierId: deliveries.courierId, status: deliveries.status });
  for (const d of cancelled) {
    await writeDeliveryHistory(tx, orgId, { deliveryId: d.id, event: 'status_changed', toStatus: 'cancelled', courierId: d.courierId, reason: reason ?? 'The order was cancelled', actor });
    if (d.courierId) await refreshCourierStatus(tx, orgId, d.courierId);
  }
}
