import type { Courier, Organization, User } from '@/db/schema';
import { withOrg } from '@/db/scope';
import { createPackedOrder, deliveryRow } from '@/db/test/delivery-factories';
import { assignCourier } from '../deliveries/assign-courier';
import { changeDeliveryStatus } from '../deliveries/change-delivery-status';

const staff = { type: 'staff', userId: null } as const;

/**
 * A packed order walked to the door by `courier`: assigned, started, picked up, delivered.
 * The organization must ask for no proof (setDeliverySettings(org, { proofRequirement: 'none' })).
 * Returns the delivered delivery (its codAmount is the cash collected; 0 for a card order).
 */
export async function deliverOrder(org: Organization, courier: { courier: Courier; user: User }, paymentMethod: 'cod' | 'card' = 'cod') {
  const { delivery } = await createPackedOrder(org, { paymentMethod });
  const id = delivery!.id;
  const asCourier = { type: 'courier', userId: courier.user.id } as const;
  await withOrg(org.id, async (tx) => {
    await assignCourier(tx, org.id, { deliveryId: id, courierId: courier.courier.id, actor: staff });
    await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: asCourier });
    await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'dispatched', actor: asCourier });
    await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'delivered', actor: asCourier });
  });
  return deliveryRow(id);
}
