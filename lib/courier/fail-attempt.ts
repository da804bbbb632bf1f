import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { recordFailedAttempt } from '@/lib/delivery/deliveries/change-delivery-status';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';
import type { FailAttemptInput } from './schemas';

/** A try at the door that did not work out (nobody home, wrong address); the parcel stays with the courier. */
export async function failAttempt(cc: CourierContext, { deliveryId, reason, location }: FailAttemptInput) {
  requirePermission(cc, 'courier.work');
  const updated = await cc.tx(async (tx) => {
    const delivery = await recordFailedAttempt(tx, cc.org.id, { deliveryId, reason, location, actor: cc.deliveryActor, onlyCourierId: cc.courier.id });
    await recordAudit(tx, cc.actor, { organizationId: cc.org.id, action: 'delivery.failed_attempt', entityType: 'delivery', entityId: delivery.id, reason });
    return delivery;
  });
  return { id: updated.id, failedAttempts: updated.failedAttempts };
}
