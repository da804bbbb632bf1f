import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveries, deliveryStatusHistory, orders, type DeliveryStatus, type Organization } from '@/db/schema';
import { DELIVERY_STATUSES } from '@/db/schema/values';
import { createOrganization } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryRow, setDeliverySettings } from '@/db/test/delivery-factories';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { assignCourier } from './assign-courier';
import { changeDeliveryStatus, recordFailedAttempt, type DeliveryStatusChange } from './change-delivery-status';
import { createDeliveryForOrder } from './create-delivery';

const staff = { type: 'staff', userId: null } as const;
const spot = { latitude: 41.32, longitude: 69.25 };

/** The moves the issue allows; everything else must be refused (written out here, not read from the code under test). */
const ALLOWED: Record<DeliveryStatus, DeliveryStatus[]> = {
  pending: ['processing', 'cancelled'],
  processing: ['dispatched', 'pending', 'cancelled'],
  dispatched: ['delivered', 'returned'],
  delivered: [],
  returned: [],
  cancelled: [],
};

const move = (org: Organization, change: Omit<DeliveryStatusChange, 'actor'> & { actor?: DeliveryStatusChange['actor'] }) =>
  withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { actor: staff, ...change }));

const historyOf = (deliveryId: string) =>
  withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, deliveryId)).orderBy(deliveryStatusHistory.createdAt, deliveryStatusHistory.id));

const orderRow = async (orderId: string) => (await withPlatform((tx) => tx.select().from(orders).where(eq(orders.id, orderId))))[0]!;

/** A packed order's delivery with a courier, walked by staff to `status`. */
async function deliveryIn(org: Organization, status: DeliveryStatus) {
  const { courier } = await createTestCourier(org, { status: 'available', feePerDelivery: 200 });
  const { order, delivery } = await createPackedOrder(org);
  const id = delivery!.id;
  if (status === 'pending') return { id, order, courier };
  await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: id, courierId: courier.id, actor: staff }));
  if (status === 'cancelled') {
    await withOrg(org.id, (tx) => changeOrderStatus(tx, org.id, { orderId: order.id, to: 'cancelled', actor: staff, reason: 'Changed their mind' }));
    return { id, order, courier };
  }
  await move(org, { deliveryId: id, to: 'processing' });
  if (status === 'processing') return { id, order, courier };
  await move(org, { deliveryId: id, to: 'dispatched' });
  if (status === 'dispatched') return { id, order, courier };
  if (status === 'returned') await move(org, { deliveryId: id, to: 'returned', reason: 'Nobody home three times' });
  if (status === 'delivered') await move(org, { deliveryId: id, to: 'delivered', reason: 'Handed over in person' });
  return { id, order, courier };
}

/** What a refused change must leave exactly as it was. */
async function state(d: { id: string; order: { id: string }; courier: { id: string } }) {
  return { delivery: await deliveryRow(d.id), history: await historyOf(d.id), order: await orderRow(d.order.id), courier: await courierRow(d.courier.id) };
}

describe('delivery status transitions', () => {
  it('refuses every move the state machine does not allow, with CONFLICT, and changes nothing', async () => {
    const { org } = await createOrganization();
    for (const from of DELIVERY_STATUSES) {
      const d = await deliveryIn(org, from);
      const before = await state(d);
      expect(before.delivery.status).toBe(from);
      const refused = DELIVERY_STATUSES.filter((to) => !ALLOWED[from].includes(to));
      for (const to of refused) {
        await expect(move(org, { deliveryId: d.id, to, reason: 'any reason' }), `${from} → ${to}`).rejects.toMatchObject({ code: 'CONFLICT' });
      }
      expect(await state(d)).toEqual(before);
    }
  });

  it('allows the moves of the state machine, each with its history row', async () => {
    const { org } = await createOrganization();
    const d = await deliveryIn(org, 'processing');
    await move(org, { deliveryId: d.id, to: 'pending', notes: 'Wrong parcel picked' });
    expect(await deliveryRow(d.id)).toMatchObject({ status: 'pending', startedAt: null, courierId: d.courier.id });
    await move(org, { deliveryId: d.id, to: 'processing' });
    await move(org, { deliveryId: d.id, to: 'cancelled' });
    expect(await deliveryRow(d.id)).toMatchObject({ status: 'cancelled' });
    expect((await deliveryRow(d.id)).cancelledAt).toBeInstanceOf(Date);
    const moves = (await historyOf(d.id)).filter((h) => h.event === 'status_changed').map((h) => `${h.fromStatus}→${h.toStatus}`);
    expect(moves).toEqual(['pending→processing', 'processing→pending', 'pending→processing', 'processing→cancelled']);
    expect((await courierRow(d.courier.id)).status).toBe('available');
  });

  it('refuses to start or pick up a delivery without a courier', async () => {
    const { org } = await createOrganization();
    const { order, delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await expect(move(org, { deliveryId: id, to: 'processing' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Assign a courier/) });
    // A delivery that lost its courier on the way (e.g. a row fixed by hand) cannot be picked up either.
    await withPlatform((tx) => tx.update(deliveries).set({ status: 'processing' }).where(eq(deliveries.id, id)));
    const before = { delivery: await deliveryRow(id), history: await historyOf(id), order: await orderRow(order.id) };
    await expect(move(org, { deliveryId: id, to: 'dispatched' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Assign a courier/) });
    expect({ delivery: await deliveryRow(id), history: await historyOf(id), order: await orderRow(order.id) }).toEqual(before);
  });

  it('refuses a return without a reason', async () => {
    const { org } = await createOrganization();
    const d = await deliveryIn(org, 'dispatched');
    const before = await state(d);
    for (const reason of [undefined, null, '', '   ']) {
      await expect(move(org, { deliveryId: d.id, to: 'returned', reason })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { reason: expect.any(Array) } });
    }
    expect(await state(d)).toEqual(before);
  });

  it('refuses a change made from a stale page (expectedFrom)', async () => {
    const { org } = await createOrganization();
    const d = await deliveryIn(org, 'processing');
    const before = await state(d);
    await expect(move(org, { deliveryId: d.id, to: 'processing', expectedFrom: 'pending' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Reload/) });
    await expect(move(org, { deliveryId: d.id, to: 'cancelled', expectedFrom: 'pending' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await state(d)).toEqual(before);
    await move(org, { deliveryId: d.id, to: 'dispatched', expectedFrom: 'processing' });
    expect((await deliveryRow(d.id)).status).toBe('dispatched');
  });

  it('records failed attempts only while out for delivery, counting them and keeping the order out for delivery', async () => {
    const { org } = await createOrganization();
    const fail = (deliveryId: string, reason: string) => withOrg(org.id, (tx) => recordFailedAttempt(tx, org.id, { deliveryId, reason, actor: staff, location: spot }));

    for (const status of ['pending', 'processing', 'delivered'] as const) {
      const d = await deliveryIn(org, status);
      const before = await state(d);
      await expect(fail(d.id, 'Nobody home')).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await state(d)).toEqual(before);
    }

    const d = await deliveryIn(org, 'dispatched');
    await expect(fail(d.id, '  ')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { reason: expect.any(Array) } });
    await fail(d.id, 'Nobody home');
    await fail(d.id, 'Gate locked');
    expect(await deliveryRow(d.id)).toMatchObject({ status: 'dispatched', failedAttempts: 2, lastFailureReason: 'Gate locked' });
    expect((await orderRow(d.order.id)).status).toBe('out_for_delivery');
    expect((await courierRow(d.courier.id)).status).toBe('busy');
    const failed = (await historyOf(d.id)).filter((h) => h.event === 'failed_attempt');
    expect(failed.map((h) => ({ reason: h.reason, from: h.fromStatus, to: h.toStatus, lat: h.latitude }))).toEqual([
      { reason: 'Nobody home', from: 'dispatched', to: 'dispatched', lat: spot.latitude },
      { reason: 'Gate locked', from: 'dispatched', to: 'dispatched', lat: spot.latitude },
    ]);
  });

  it('puts the order back to packed on a return, after which a new delivery can be opened', async () => {
    const { org } = await createOrganization();
    const d = await deliveryIn(org, 'dispatched');
    const { delivery } = await move(org, { deliveryId: d.id, to: 'returned', reason: 'Address does not exist', location: spot });
    expect(delivery).toMatchObject({ status: 'returned', returnReason: 'Address does not exist' });
    expect(delivery.returnedAt).toBeInstanceOf(Date);
    expect((await orderRow(d.order.id)).status).toBe('packed');
    expect(await courierRow(d.courier.id)).toMatchObject({ status: 'available', totalEarnings: 0 });

    const again = await withOrg(org.id, (tx) => createDeliveryForOrder(tx, org.id, { orderId: d.order.id, actor: staff }));
    expect(again).toMatchObject({ status: 'pending', courierId: null, orderId: d.order.id });
    expect(again.trackingNumber).not.toBe(delivery.trackingNumber);
    expect((await deliveryRow(d.id)).status).toBe('returned');
  });

  it('lets staff mark delivered without the proof only with a reason, recorded as "Proof waived"', async () => {
    const { org } = await createOrganization();
    const d = await deliveryIn(org, 'dispatched');
    const asCourier = { type: 'courier', userId: null } as const;
    const before = await state(d);
    await expect(move(org, { deliveryId: d.id, to: 'delivered', actor: asCourier, reason: 'I was there' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { proof: expect.any(Array) } });
    await expect(move(org, { deliveryId: d.id, to: 'delivered' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { reason: expect.any(Array) } });
    expect(await state(d)).toEqual(before);

    await move(org, { deliveryId: d.id, to: 'delivered', reason: 'Shopper called to confirm', notes: 'Left with the neighbour' });
    expect(await deliveryRow(d.id)).toMatchObject({ status: 'delivered', courierFee: 200 });
    const last = (await historyOf(d.id)).at(-1)!;
    expect(last).toMatchObject({ toStatus: 'delivered', reason: 'Shopper called to confirm', actorType: 'staff' });
    expect(last.notes).toBe('Proof waived: Shopper called to confirm — Left with the neighbour');
    expect(await orderRow(d.order.id)).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });
  });

  it("issues no code at dispatch when the store asks for no proof, and the courier delivers without one", async () => {
    const { org } = await createOrganization();
    await setDeliverySettings(org, { proofRequirement: 'none' });
    const d = await deliveryIn(org, 'processing');
    const { otp, delivery } = await move(org, { deliveryId: d.id, to: 'dispatched' });
    expect(otp).toBeNull();
    expect(delivery).toMatchObject({ otpHash: null, otpSentAt: null });
    await move(org, { deliveryId: d.id, to: 'delivered', actor: { type: 'courier', userId: null } });
    const last = (await historyOf(d.id)).at(-1)!;
    expect(last).toMatchObject({ toStatus: 'delivered', notes: null, reason: null });
  });

  it('asks a courier for a photo when the store wants one (and sends no code)', async () => {
    const { org } = await createOrganization();
    await setDeliverySettings(org, { proofRequirement: 'photo' });
    const d = await deliveryIn(org, 'processing');
    const { otp } = await move(org, { deliveryId: d.id, to: 'dispatched' });
    expect(otp).toBeNull();
    const asCourier = { type: 'courier', userId: null } as const;
    await expect(move(org, { deliveryId: d.id, to: 'delivered', actor: asCourier })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { proof: [expect.stringMatching(/photo/)] },
    });
    expect((await deliveryRow(d.id)).status).toBe('dispatched');
    await withPlatform((tx) => tx.update(deliveries).set({ proofPhotoKey: `delivery-proofs/${org.id}/${d.id}.jpg` }).where(eq(deliveries.id, d.id)));
    await move(org, { deliveryId: d.id, to: 'delivered', actor: asCourier });
    expect((await deliveryRow(d.id)).status).toBe('delivered');
  });
});
