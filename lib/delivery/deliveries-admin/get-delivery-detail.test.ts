import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveries, deliveryTrackingPoints, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createPackedOrder, createTestCourier } from '@/db/test/delivery-factories';
import { assignCourier } from '../deliveries/assign-courier';
import { changeDeliveryStatus, recordFailedAttempt } from '../deliveries/change-delivery-status';
import { getDeliveryDetail, TRACKING_POINTS_SHOWN } from './get-delivery-detail';
import { getDeliveryProofPhoto } from './get-delivery-proof-photo';
import { getOrderDelivery, withoutDeliverySteps } from './get-order-delivery';

const { files } = vi.hoisted(() => ({ files: new Map<string, { bytes: Uint8Array; contentType: string }>() }));
vi.mock('@/lib/storage', () => ({ getStorage: () => ({ get: async (key: string) => files.get(key) ?? null }) }));

let org: Organization;
let owner: User;
const detail = async (id: string, user = owner) => getDeliveryDetail(await orgContextFor(user, org), id);

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

describe('getDeliveryDetail', () => {
  it('shows the order, courier, timeline with who did what, tracking points and what may be done next', async () => {
    const { courier, user: courierUser } = await createTestCourier(org, { status: 'available', phone: '+998901234567' }, 'Bobur');
    const { order, delivery } = await createPackedOrder(org, { paymentMethod: 'cod' });
    const id = delivery!.id;

    const fresh = await detail(id);
    expect(fresh.order).toMatchObject({ id: order.id, number: order.number, total: order.total, paymentMethod: 'cod', paymentStatus: 'pending' });
    expect(fresh.courier).toBeNull();
    expect(fresh.delivery).not.toHaveProperty('otpHash');
    expect(fresh.actions).toEqual({ statuses: ['cancelled'], needsCourier: true, canAssign: true, canResendCode: false });
    expect(fresh.history.map((h) => [h.event, h.actorLabel])).toEqual([['created', expect.any(String)]]);

    const asCourier = { type: 'courier', userId: courierUser.id } as const;
    await withOrg(org.id, async (tx) => {
      await assignCourier(tx, org.id, { deliveryId: id, courierId: courier.id, actor: { type: 'staff', userId: owner.id } });
      await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: asCourier, location: { latitude: 41.31, longitude: 69.28 } });
      await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'dispatched', actor: asCourier });
      await recordFailedAttempt(tx, org.id, { deliveryId: id, reason: 'Nobody home', actor: asCourier });
      const start = Date.now() - 60 * 60_000;
      await tx.insert(deliveryTrackingPoints).values(
        Array.from({ length: TRACKING_POINTS_SHOWN + 5 }, (_, i) => ({
          organizationId: org.id,
          deliveryId: id,
          courierId: courier.id,
          latitude: 41.3 + i / 1000,
          longitude: 69.2,
          recordedAt: new Date(start + i * 30_000),
        })),
      );
    });

    const d = await detail(id);
    expect(d.courier).toMatchObject({ id: courier.id, name: 'Bobur', phone: '+998901234567', status: 'busy' });
    expect(d.delivery).toMatchObject({ status: 'dispatched', failedAttempts: 1, lastFailureReason: 'Nobody home' });
    expect(d.history.map((h) => h.event)).toEqual(['created', 'assigned', 'status_changed', 'status_changed', 'failed_attempt']);
    expect(d.history[1]).toMatchObject({ actorType: 'staff', actorLabel: 'Test User', courierName: 'Bobur' });
    expect(d.history[2]).toMatchObject({ toStatus: 'processing', actorLabel: 'Bobur (courier)', latitude: 41.31, longitude: 69.28 });
    expect(d.trackingPoints).toHaveLength(TRACKING_POINTS_SHOWN);
    expect(d.trackingPoints[0]!.latitude).toBeCloseTo(41.3 + (TRACKING_POINTS_SHOWN + 4) / 1000);
    expect(d.trackingPoints[0]!.at > d.trackingPoints[1]!.at).toBe(true);
    expect(d.lastPosition).toEqual(d.trackingPoints[0]);
    expect(d.proof).toMatchObject({ requirement: 'otp', otpVerifiedAt: null, hasPhoto: false, missing: expect.stringMatching(/code/) });
    expect(d.proof.otpSentAt).toBeInstanceOf(Date);
    expect(d.actions).toEqual({ statuses: ['delivered', 'returned'], needsCourier: false, canAssign: false, canResendCode: true });
  });

  it('is not found for another organization and forbidden without deliveries.view', async () => {
    const { delivery } = await createPackedOrder(org);
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(getDeliveryDetail(await orgContextFor(otherOwner, other), delivery!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getDeliveryProofPhoto(await orgContextFor(otherOwner, other), delivery!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const seller = await addMember(org, 'seller');
    await expect(detail(delivery!.id, seller)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getDeliveryProofPhoto(await orgContextFor(seller, org), delivery!.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await detail(delivery!.id, await addMember(org, 'staff'))).actions.canAssign).toBe(true);
  });
});

describe('getDeliveryProofPhoto', () => {
  it('serves the courier’s photo from the proof folder only', async () => {
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    const c = await orgContextFor(owner, org);
    await expect(getDeliveryProofPhoto(c, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const key = `delivery-proofs/${org.id}/${id}/door.jpg`;
    files.set(key, { bytes: new Uint8Array([1, 2, 3]), contentType: 'image/jpeg' });
    await withPlatform((tx) => tx.update(deliveries).set({ proofPhotoKey: key }).where(eq(deliveries.id, id)));
    expect(await getDeliveryProofPhoto(c, id)).toEqual({ bytes: new Uint8Array([1, 2, 3]), contentType: 'image/jpeg' });
    expect((await detail(id)).proof.hasPhoto).toBe(true);

    // A key outside the proof folder is never read through this route.
    files.set(`orgs/${org.id}/logo.png`, { bytes: new Uint8Array([9]), contentType: 'image/png' });
    await withPlatform((tx) => tx.update(deliveries).set({ proofPhotoKey: `orgs/${org.id}/logo.png` }).where(eq(deliveries.id, id)));
    await expect(getDeliveryProofPhoto(c, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('getOrderDelivery', () => {
  it('shows the open delivery of an order, or offers to create one', async () => {
    const { courier } = await createTestCourier(org, { status: 'available' }, 'Dilnoza');
    const c = await orgContextFor(owner, org);
    const { order: confirmed } = await createPackedOrder(org, { orderStatus: 'confirmed' });
    expect(await getOrderDelivery(c, confirmed.id)).toEqual({ current: null, hasOpen: false, canCreate: true });

    const { order, delivery } = await createPackedOrder(org);
    await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: delivery!.id, courierId: courier.id, actor: { type: 'staff', userId: owner.id } }));
    expect(await getOrderDelivery(c, order.id)).toMatchObject({
      current: { id: delivery!.id, trackingNumber: delivery!.trackingNumber, status: 'pending', courierName: 'Dilnoza', isLate: false },
      hasOpen: true,
      canCreate: false,
    });

    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: delivery!.id, to: 'cancelled', actor: { type: 'staff', userId: owner.id } }));
    expect(await getOrderDelivery(c, order.id)).toMatchObject({ current: { status: 'cancelled' }, hasOpen: false, canCreate: true });

    expect(await getOrderDelivery(await orgContextFor(await addMember(org, 'seller'), org), order.id)).toBeNull();
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(getOrderDelivery(await orgContextFor(otherOwner, other), order.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('leaves out the order moves its delivery makes', () => {
    expect(withoutDeliverySteps('packed', ['out_for_delivery', 'processing', 'cancelled', 'refunded'])).toEqual(['processing', 'cancelled', 'refunded']);
    expect(withoutDeliverySteps('out_for_delivery', ['delivered', 'packed'])).toEqual([]);
  });
});
