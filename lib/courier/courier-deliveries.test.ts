import { beforeEach, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, orders } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryRow, setDeliverySettings } from '@/db/test/delivery-factories';
import type { DeliveryStatusResult } from '@/lib/delivery/deliveries/change-delivery-status';
import { notifyShopper } from '@/lib/delivery/deliveries/notify-shopper';
import { claim } from './claim';
import { loadCourierContext, type CourierContext } from './context';
import { deliver } from './deliver';
import { failAttempt } from './fail-attempt';
import { getMyDelivery } from './get-my-delivery';
import { listClaimableDeliveries } from './list-claimable-deliveries';
import { listMyDeliveries } from './list-my-deliveries';
import { pickUp } from './pick-up';
import { returnToStore } from './return-to-store';
import { DeliverInput } from './schemas';
import { start } from './start';
import { assignedDelivery, courierContextFor } from './test-helpers';
import { uploadProofPhoto } from './upload-proof-photo';

vi.mock('@/lib/delivery/deliveries/notify-shopper', () => ({ notifyShopper: vi.fn(async () => undefined) }));

// Proof photos go to an in-memory store: the test checks what the verb stores, not the disk driver.
const stored = vi.hoisted(() => new Map<string, { bytes: Uint8Array; contentType: string }>());
vi.mock('@/lib/storage', () => ({
  getStorage: () => ({
    put: async (key: string, bytes: Uint8Array, contentType: string) => void stored.set(key, { bytes, contentType }),
    get: async (key: string) => stored.get(key) ?? null,
    delete: async (key: string) => void stored.delete(key),
  }),
}));

const notified = vi.mocked(notifyShopper);
beforeEach(() => notified.mockClear());

/** The code the shopper was sent when the delivery was picked up. */
const sentCode = (deliveryId: string) => {
  const call = notified.mock.calls.find(([, r]) => (r as DeliveryStatusResult).delivery.id === deliveryId && r.otp);
  return call![1].otp!;
};
const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');
const deliverWith = (cc: CourierContext, deliveryId: string, code?: string) => deliver(cc, DeliverInput.parse({ deliveryId, code }));

const photo = async (type: 'png' | 'jpeg' = 'jpeg') => {
  const image = sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c0a060' } });
  const bytes = await (type === 'png' ? image.png() : image.jpeg()).toBuffer();
  return new File([new Uint8Array(bytes)], `door.${type}`, { type: `image/${type}` });
};

/** A courier of a fresh organization with one delivery of theirs already out for delivery. */
async function outForDelivery(proofRequirement?: 'none' | 'otp' | 'photo' | 'otp_or_photo' | 'otp_and_photo', otpMaxAttempts?: number) {
  const { org } = await createOrganization();
  if (proofRequirement) await setDeliverySettings(org, { proofRequirement, ...(otpMaxAttempts ? { otpMaxAttempts } : {}) });
  const { user, courier } = await createTestCourier(org, { status: 'available', feePerDelivery: 400 });
  const cc = await courierContextFor(user, org);
  const { delivery, order } = await assignedDelivery(org, courier.id);
  await start(cc, { deliveryId: delivery.id });
  await pickUp(cc, { deliveryId: delivery.id });
  return { org, cc, courier, order, id: delivery.id };
}

describe('who the courier is', () => {
  it('is a member with the courier role and a profile; staff and strangers are not', async () => {
    const { org, owner } = await createOrganization();
    await expect(loadCourierContext(await orgContextFor(owner, org))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const staff = await addMember(org, 'staff');
    await expect(loadCourierContext(await orgContextFor(staff, org))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { user: outsider } = await createTestCourier((await createOrganization()).org);
    await expect(orgContextFor(outsider, org)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { user, courier } = await createTestCourier(org);
    expect((await courierContextFor(user, org)).courier.id).toBe(courier.id);
  });
});

describe('a courier sees and changes only their own deliveries', () => {
  it('refuses another courier’s delivery as not found on every verb, and lists only their own', async () => {
    const { org } = await createOrganization();
    const ann = await createTestCourier(org, { status: 'available' }, 'Ann Courier');
    const ben = await createTestCourier(org, { status: 'available' }, 'Ben Courier');
    const annCc = await courierContextFor(ann.user, org);
    const benCc = await courierContextFor(ben.user, org);
    const { delivery } = await assignedDelivery(org, ann.courier.id);
    const id = delivery.id;

    const notFound = { code: 'NOT_FOUND' };
    await expect(getMyDelivery(benCc, id)).rejects.toMatchObject(notFound);
    await expect(start(benCc, { deliveryId: id })).rejects.toMatchObject(notFound);
    await start(annCc, { deliveryId: id });
    await expect(pickUp(benCc, { deliveryId: id })).rejects.toMatchObject(notFound);
    await pickUp(annCc, { deliveryId: id });
    await expect(deliverWith(benCc, id, '123456')).rejects.toMatchObject(notFound);
    await expect(deliverWith(benCc, id)).rejects.toMatchObject(notFound);
    await expect(failAttempt(benCc, { deliveryId: id, reason: 'Nobody home' })).rejects.toMatchObject(notFound);
    await expect(returnToStore(benCc, { deliveryId: id, reason: 'Wrong address' })).rejects.toMatchObject(notFound);
    await expect(uploadProofPhoto(benCc, { deliveryId: id, file: await photo() })).rejects.toMatchObject(notFound);
    await expect(claim(benCc, { deliveryId: id })).rejects.toMatchObject({ code: 'CONFLICT' });

    expect((await listMyDeliveries(benCc)).open).toEqual([]);
    expect((await listMyDeliveries(annCc)).open.map((d) => d.id)).toEqual([id]);
    expect(await deliveryRow(id)).toMatchObject({ status: 'dispatched', courierId: ann.courier.id, failedAttempts: 0, otpAttempts: 0, proofPhotoKey: null });
    expect((await getMyDelivery(annCc, id)).delivery).not.toHaveProperty('otpHash');
  });

  it('gives a courier of another organization nothing of this one', async () => {
    const { org: a } = await createOrganization();
    const { org: b } = await createOrganization();
    const annA = await createTestCourier(a, { status: 'available' });
    const bob = await createTestCourier(b, { status: 'available' });
    const bobCc = await courierContextFor(bob.user, b);
    const { delivery: mine } = await assignedDelivery(a, annA.courier.id);
    const { delivery: open } = await createPackedOrder(a);

    await expect(orgContextFor(bob.user, a)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listClaimableDeliveries(bobCc)).rows).toEqual([]);
    expect((await listMyDeliveries(bobCc)).open).toEqual([]);
    await expect(getMyDelivery(bobCc, mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(claim(bobCc, { deliveryId: open!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(start(bobCc, { deliveryId: mine.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await deliveryRow(open!.id)).toMatchObject({ courierId: null, status: 'pending' });
  });
});

describe('claiming', () => {
  it('lists unassigned pending deliveries, and of two couriers claiming one at once exactly one wins', async () => {
    const { org } = await createOrganization();
    const ann = await createTestCourier(org, { status: 'available' }, 'Ann Courier');
    const ben = await createTestCourier(org, { status: 'available' }, 'Ben Courier');
    const [annCc, benCc] = await Promise.all([courierContextFor(ann.user, org), courierContextFor(ben.user, org)]);
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    expect((await listClaimableDeliveries(annCc)).rows.map((d) => d.id)).toEqual([id]);

    const results = await Promise.allSettled([claim(annCc, { deliveryId: id }), claim(benCc, { deliveryId: id })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: 'CONFLICT', message: 'Another courier has already taken this delivery.' });

    const winner = (await deliveryRow(id)).courierId;
    const [winnerCc, loserCc] = winner === ann.courier.id ? [annCc, benCc] : [benCc, annCc];
    expect(await claim(winnerCc, { deliveryId: id })).toMatchObject({ id }); // a second tap changes nothing
    await expect(claim(loserCc, { deliveryId: id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await getMyDelivery(winnerCc, id)).delivery.status).toBe('pending');
    await expect(getMyDelivery(loserCc, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listClaimableDeliveries(annCc)).rows).toEqual([]);
  });

  it('is in the organization’s audit log, with the courier as the one who did it', async () => {
    const { org } = await createOrganization();
    const { user } = await createTestCourier(org, { status: 'available' });
    const { delivery } = await createPackedOrder(org);
    const cc = await courierContextFor(user, org);
    await claim(cc, { deliveryId: delivery!.id });
    await start(cc, { deliveryId: delivery!.id });
    const rows = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, delivery!.id)).orderBy(auditLogs.createdAt));
    expect(rows.map((r) => [r.action, r.actorUserId, r.organizationId])).toEqual([
      ['delivery.claimed', user.id, org.id],
      ['delivery.status_changed', user.id, org.id],
    ]);
  });

  it('is refused to a courier the store has paused', async () => {
    const { org } = await createOrganization();
    const { user } = await createTestCourier(org, { isActive: false });
    const { delivery } = await createPackedOrder(org);
    await expect(claim(await courierContextFor(user, org), { deliveryId: delivery!.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the delivery code', () => {
  it('is required when the store asks for it; a wrong code is refused and counted; the right one delivers', async () => {
    const { org, cc, courier, order, id } = await outForDelivery();
    expect(notified).toHaveBeenCalledWith(expect.objectContaining({ id: org.id }), expect.objectContaining({ otp: expect.stringMatching(/^\d{6}$/) }));
    const code = sentCode(id);

    await expect(deliverWith(cc, id)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { proof: ["Enter the shopper's delivery code."] } });
    await expect(deliverWith(cc, id, wrongCode(code))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { code: ['That code is not right. 4 tries left.'] },
    });
    expect((await deliveryRow(id)).otpAttempts).toBe(1); // the attempt committed although the delivery was refused
    expect((await getMyDelivery(cc, id)).proof).toMatchObject({ codeSent: true, codeVerified: false, codeTriesLeft: 4, missing: "Enter the shopper's delivery code." });

    notified.mockClear();
    expect(await deliverWith(cc, id, ` ${code.slice(0, 3)} ${code.slice(3)} `)).toEqual({ id, status: 'delivered' });
    expect(await deliveryRow(id)).toMatchObject({ status: 'delivered', courierFee: 400 });
    expect(notified).toHaveBeenCalledWith(expect.objectContaining({ id: org.id }), expect.objectContaining({ delivery: expect.objectContaining({ status: 'delivered' }) }));
    expect(await courierRow(courier.id)).toMatchObject({ totalEarnings: 400, status: 'available' });
    const [orderNow] = await withPlatform((tx) => tx.select().from(orders).where(eq(orders.id, order.id)));
    expect(orderNow!.status).toBe('delivered');
  });

  it('locks after the store’s maximum of wrong codes, even for the right one', async () => {
    const { cc, id } = await outForDelivery('otp', 2);
    const code = sentCode(id);
    await expect(deliverWith(cc, id, wrongCode(code))).rejects.toMatchObject({ fieldErrors: { code: ['That code is not right. 1 try left.'] } });
    const locked = { code: 'INVALID', fieldErrors: { code: ['Too many wrong codes. Ask the store to send a new code.'] } };
    await expect(deliverWith(cc, id, wrongCode(code))).rejects.toMatchObject(locked);
    await expect(deliverWith(cc, id, code)).rejects.toMatchObject(locked);
    expect(await deliveryRow(id)).toMatchObject({ status: 'dispatched', otpAttempts: 2, otpVerifiedAt: null });
  });

  it('is not asked for when the store needs no proof', async () => {
    const { cc, id } = await outForDelivery('none');
    expect(notified.mock.calls.every(([, r]) => r.otp === null)).toBe(true);
    expect(await deliverWith(cc, id)).toEqual({ id, status: 'delivered' });
  });
});

describe('the photo at the door', () => {
  it('is required when the store asks for it, stored privately, and only while out for delivery', async () => {
    const { org, cc, id } = await outForDelivery('photo');
    await expect(deliverWith(cc, id)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { proof: ['Take a photo of the parcel at the door.'] } });

    const text = new File(['not an image'], 'door.jpg', { type: 'image/jpeg' });
    await expect(uploadProofPhoto(cc, { deliveryId: id, file: text })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: ['Upload a PNG, JPEG, WebP or GIF image.'] } });
    const first = await uploadProofPhoto(cc, { deliveryId: id, file: await photo('png') });
    const second = await uploadProofPhoto(cc, { deliveryId: id, file: await photo() });
    expect(second.proofPhotoKey).toMatch(new RegExp(`^delivery-proofs/${org.id}/[0-9a-f]{24}\\.webp$`));
    expect(stored.has(first.proofPhotoKey)).toBe(false); // replaced, and the old file removed
    const file = stored.get(second.proofPhotoKey)!;
    expect(file.contentType).toBe('image/webp');
    expect(await sharp(file.bytes).metadata()).toMatchObject({ format: 'webp', width: 1200, height: 900 });
    expect((await deliveryRow(id)).proofPhotoKey).toBe(second.proofPhotoKey);

    expect(await deliverWith(cc, id)).toEqual({ id, status: 'delivered' });
    await expect(uploadProofPhoto(cc, { deliveryId: id, file: await photo() })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(stored.size).toBe(1);
  });

  it('with code and photo both required, keeps a right code while the photo is still missing', async () => {
    const { cc, id } = await outForDelivery('otp_and_photo');
    const code = sentCode(id);
    await expect(deliverWith(cc, id, code)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { proof: ['Take a photo of the parcel at the door.'] } });
    expect((await deliveryRow(id)).otpVerifiedAt).not.toBeNull();
    await uploadProofPhoto(cc, { deliveryId: id, file: await photo() });
    expect(await deliverWith(cc, id)).toEqual({ id, status: 'delivered' });
  });

  it('cannot be added before the parcel is picked up', async () => {
    const { org } = await createOrganization();
    const { user, courier } = await createTestCourier(org, { status: 'available' });
    const { delivery } = await assignedDelivery(org, courier.id);
    await expect(uploadProofPhoto(await courierContextFor(user, org), { deliveryId: delivery.id, file: await photo() })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('when the door does not open', () => {
  it('records failed attempts, then returns the parcel to the store with a reason', async () => {
    const { cc, courier, order, id } = await outForDelivery();
    expect(await failAttempt(cc, { deliveryId: id, reason: 'Nobody home', location: { latitude: 41.3, longitude: 69.2 } })).toEqual({ id, failedAttempts: 1 });
    expect(await failAttempt(cc, { deliveryId: id, reason: 'Still nobody home' })).toEqual({ id, failedAttempts: 2 });
    expect(await deliveryRow(id)).toMatchObject({ status: 'dispatched', lastFailureReason: 'Still nobody home' });

    expect(await returnToStore(cc, { deliveryId: id, reason: 'Shopper unreachable' })).toEqual({ id, status: 'returned' });
    expect(await deliveryRow(id)).toMatchObject({ status: 'returned', returnReason: 'Shopper unreachable' });
    const [orderNow] = await withPlatform((tx) => tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)));
    expect(orderNow!.status).toBe('packed');
    expect((await courierRow(courier.id)).status).toBe('available');
    await expect(failAttempt(cc, { deliveryId: id, reason: 'Too late' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses steps out of order', async () => {
    const { org } = await createOrganization();
    const { user, courier } = await createTestCourier(org, { status: 'available' });
    const cc = await courierContextFor(user, org);
    const { delivery } = await assignedDelivery(org, courier.id);
    await expect(pickUp(cc, { deliveryId: delivery.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(deliverWith(cc, delivery.id, '123456')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(returnToStore(cc, { deliveryId: delivery.id, reason: 'Changed my mind' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await deliveryRow(delivery.id)).status).toBe('pending');
  });
});
