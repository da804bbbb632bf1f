import 'server-only';
import type { Organization } from '@/db/schema';
import { enqueueDeliveryEmail } from '@/lib/delivery/notifications/delivery-emails';
import type { DeliveryStatusResult } from './change-delivery-status';

/**
 * After a status change committed: the shopper hears that the parcel is on its way (with their
 * one-time code when the store asks for one) and that it was delivered.
 */
export async function notifyShopper(org: Pick<Organization, 'id' | 'slug' | 'name'>, result: DeliveryStatusResult): Promise<void> {
  const { delivery, otp } = result;
  if (delivery.status === 'dispatched') await enqueueDeliveryEmail('dispatched', { org, deliveryId: delivery.id, otp });
  if (delivery.status === 'delivered') await enqueueDeliveryEmail('delivered', { org, deliveryId: delivery.id, otp: null });
}
