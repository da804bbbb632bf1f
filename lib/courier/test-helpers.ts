import { withOrg } from '@/db/scope';
import type { Organization, User } from '@/db/schema';
import { createPackedOrder } from '@/db/test/delivery-factories';
import { orgContextFor } from '@/db/test/factories';
import { assignCourier } from '@/lib/delivery/deliveries/assign-courier';
import { loadCourierContext } from './context';

/** Test support: the CourierContext a request by `user` on `org`'s courier pages would get. */
export async function courierContextFor(user: User, org: Organization) {
  return loadCourierContext(await orgContextFor(user, org));
}

/** A packed order whose delivery the store gave to `courierId`. */
export async function assignedDelivery(org: Organization, courierId: string, options: Parameters<typeof createPackedOrder>[1] = {}) {
  const packed = await createPackedOrder(org, options);
  const delivery = await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: packed.delivery!.id, courierId, actor: { type: 'staff', userId: null } }));
  return { ...packed, delivery };
}
