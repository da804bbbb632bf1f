import 'server-only';
import { and, eq } from 'drizzle-orm';
import { deliveries } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { claimDelivery } from '@/lib/delivery/deliveries/assign-courier';
import { requirePermission } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import type { CourierContext } from './context';
import type { DeliveryIdInput } from './schemas';

/** The courier takes a delivery nobody has yet; of two couriers taking it at once, one gets it, the other a Conflict. */
export async function claim(cc: CourierContext, { deliveryId }: DeliveryIdInput) {
  requirePermission(cc, 'courier.work');
  return cc.tx(async (tx) => {
    const [found] = await tx
      .select({ id: deliveries.id, courierId: deliveries.courierId, trackingNumber: deliveries.trackingNumber })
      .from(deliveries)
      .where(and(eq(deliveries.organizationId, cc.org.id), eq(deliveries.id, deliveryId)));
    if (!found) throw notFound('Delivery');
    if (found.courierId === cc.courier.id) return { id: found.id, trackingNumber: found.trackingNumber }; // a second tap
    // A paused courier is refused by claimDelivery itself.
    const claimed = await claimDelivery(tx, cc.org.id, { deliveryId, courierId: cc.courier.id, userId: cc.actor.userId });
    await recordAudit(tx, cc.actor, { organizationId: cc.org.id, action: 'delivery.claimed', entityType: 'delivery', entityId: claimed.id, newValues: { courierId: cc.courier.id } });
    return { id: claimed.id, trackingNumber: claimed.trackingNumber };
  });
}
