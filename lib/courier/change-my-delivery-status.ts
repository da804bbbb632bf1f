import 'server-only';
import { auditDeliveryStatus } from '@/lib/delivery/deliveries/audit-delivery-status';
import { changeDeliveryStatus, type DeliveryStatusChange } from '@/lib/delivery/deliveries/change-delivery-status';
import { notifyShopper } from '@/lib/delivery/deliveries/notify-shopper';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';

/** A courier's status change on their own delivery (others' do not exist for them); the shopper hears of it once it committed. */
export async function changeMyDeliveryStatus(cc: CourierContext, change: Omit<DeliveryStatusChange, 'actor' | 'onlyCourierId'>) {
  requirePermission(cc, 'courier.work');
  const result = await cc.tx(async (tx) => {
    const changed = await changeDeliveryStatus(tx, cc.org.id, { ...change, actor: cc.deliveryActor, onlyCourierId: cc.courier.id });
    await auditDeliveryStatus(tx, cc.actor, cc.org.id, changed, change.reason);
    return changed;
  });
  await notifyShopper(cc.org, result);
  return { id: result.delivery.id, status: result.delivery.status };
}
