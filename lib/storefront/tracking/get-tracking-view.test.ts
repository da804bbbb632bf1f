import { beforeAll, describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { deliveryTrackingPoints, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createPackedOrder, createTestCourier, setDeliverySettings } from '@/db/test/delivery-factories';
import { assignCourier } from '@/lib/delivery/deliveries/assign-courier';
import { changeDeliveryStatus, recordFailedAttempt } from '@/lib/delivery/deliveries/change-delivery-status';
import { resolveStorefront, type StorefrontContext } from '@/lib/server/context';
import { getTrackingView } from './get-tracking-view';

const staff = { type: 'staff', userId: null } as const;
let a: Organization;
let b: Organization;

async function storefront(org: Organization): Promise<StorefrontContext> {
  const resolved = await resolveStorefront(`${org.slug}.localhost:3000`);
  if (resolved.status !== 'ok') throw new Error(`store ${org.slug} is ${resolved.status}`);
  return resolved.ctx;
}

beforeAll(async () => {
  ({ org: a } = await createOrganization());
  ({ org: b } = await createOrganization());
  await setDeliverySettings(a, { proofRequirement: 'none' });
});

/** A delivery out for delivery with "Aziz Karimov", with staff notes and a failed attempt on its record and two shared positions. */
async function outForDelivery() {
  const { courier } = await createTestCourier(a, { status: 'available', phone: '+998901234567' }, 'Aziz Karimov');
  const { order, delivery } = await createPackedOrder(a);
  const id = delivery!.id;
  await withOrg(a.id, async (tx) => {
    await assignCourier(tx, a.id, { deliveryId: id, courierId: courier.id, actor: staff, reason: 'Closest to the customer' });
    await changeDeliveryStatus(tx, a.id, { deliveryId: id, to: 'processing', actor: staff, notes: 'Staff only: fragile, customer was rude' });
    await changeDeliveryStatus(tx, a.id, { deliveryId: id, to: 'dispatched', actor: staff });
    await recordFailedAttempt(tx, a.id, { deliveryId: id, reason: 'Nobody home, neighbour says on holiday', actor: staff });
    await tx.insert(deliveryTrackingPoints).values([
      { organizationId: a.id, deliveryId: id, courierId: courier.id, latitude: 41.3, longitude: 69.2, recordedAt: new Date(Date.now() - 10 * 60_000) },
      { organizationId: a.id, deliveryId: id, courierId: courier.id, latitude: 41.3111, longitude: 69.2797, recordedAt: new Date(Date.now() - 3 * 60_000) },
    ]);
  });
  return { order, delivery: delivery!, courier };
}

describe('the public tracking page', () => {
  it('shows the status timeline, the courier’s first name and the latest position while out for delivery', async () => {
    const { order, delivery } = await outForDelivery();
    const view = await getTrackingView(await storefront(a), `  ${delivery.trackingNumber.toLowerCase()} `);

    expect(view).toMatchObject({
      trackingNumber: delivery.trackingNumber,
      orderNumber: order.number,
      status: 'dispatched',
      statusLabel: 'Out for delivery',
      courierFirstName: 'Aziz',
      lastPosition: { latitude: 41.3111, longitude: 69.2797 },
    });
    expect(view!.timeline.map((t) => t.label)).toEqual(['Waiting for a courier', 'Courier on the way to pick up', 'Out for delivery', 'Delivery attempt failed']);
  });

  it('leaks no staff notes, reasons, phone, address, items, code or surname', async () => {
    const { delivery } = await outForDelivery();
    const json = JSON.stringify(await getTrackingView(await storefront(a), delivery.trackingNumber));
    for (const secret of ['fragile', 'rude', 'Nobody home', 'Closest', 'Karimov', '+998901234567', '1 Main St', 'Springfield', '+10000000000', 'Parcel', 'otp', delivery.id]) {
      expect(json).not.toContain(secret);
    }
  });

  it('hides the position once delivered', async () => {
    const { delivery } = await outForDelivery();
    await withOrg(a.id, (tx) => changeDeliveryStatus(tx, a.id, { deliveryId: delivery.id, to: 'delivered', actor: staff }));
    const view = await getTrackingView(await storefront(a), delivery.trackingNumber);
    expect(view).toMatchObject({ status: 'delivered', statusLabel: 'Delivered', lastPosition: null, courierFirstName: 'Aziz' });
    expect(view!.deliveredAt).toBeInstanceOf(Date);
    expect(view!.timeline.at(-1)!.label).toBe('Delivered');
  });

  it('does not find another store’s tracking number, nor malformed input', async () => {
    const { delivery } = await outForDelivery();
    expect(await getTrackingView(await storefront(b), delivery.trackingNumber)).toBeNull();
    expect(await getTrackingView(await storefront(a), 'TRK')).toBeNull();
    expect(await getTrackingView(await storefront(a), `${delivery.trackingNumber}' or 1=1`)).toBeNull();
  });

  it('waits for a courier with no position before pick-up', async () => {
    const { delivery } = await createPackedOrder(a);
    const view = await getTrackingView(await storefront(a), delivery!.trackingNumber);
    expect(view).toMatchObject({ status: 'pending', statusLabel: 'Waiting for a courier', courierFirstName: null, lastPosition: null });
    expect(view!.timeline.map((t) => t.label)).toEqual(['Waiting for a courier']);
  });
});
