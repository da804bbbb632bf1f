import 'server-only';
import { changeDeliveryStatus, type DeliveryStatusChange } from '@/lib/delivery/deliveries/change-delivery-status';
import { notifyShopper } from '@/lib/delivery/deliveries/notify-shopper';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';

/** A courier's status change on their own delivery (others' do not exist for them); the shopper hears of it once it committed. */
export async function changeMyDeliveryStatus(cc: CourierContext, change: Omit<DeliveryStatusChange, 'actor' | 'onlyCourierId'>) {
  requirePermission(cc, 'courier.work');
  const result = await cc.tx((tx) => changeDeliveryStatus(tx, cc.org.id, { ...change, actor: cc.deliveryActor, onlyCourierId: cc.courier.id }));
  await notifyShopper(cc.org, result);
  return { id: result.delivery.id, status: result.delivery.status };
}
