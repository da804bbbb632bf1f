import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveryStatusHistory, orders, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createPackedOrder, createTestCourier, deliveryRow, setDeliverySettings } from '@/db/test/delivery-factories';
import { auditActions } from '../test-helpers';
import { assignCourier } from '../deliveries/assign-courier';
import { resendDeliveryCode } from './resend-delivery-code';
import { StaffChangeDeliveryStatusInput } from './schemas';
import { staffChangeDeliveryStatus } from './staff-change-delivery-status';

const { enqueueDeliveryEmail } = vi.hoisted(() => ({ enqueueDeliveryEmail: vi.fn(async (..._args: unknown[]) => {}) }));
vi.mock('@/lib/delivery/notifications/delivery-emails', () => ({ enqueueDeliveryEmail }));

let org: Organization;
let owner: User;
const move = async (input: Record<string, unknown>, user = owner) => staffChangeDeliveryStatus(await orgContextFor(user, org), StaffChangeDeliveryStatusInput.parse(input));
const historyOf = (deliveryId: string) =>
  withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, deliveryId)).orderBy(deliveryStatusHistory.createdAt));
const orderStatus = async (orderId: string) => (await withPlatform((tx) => tx.select().from(orders).where(eq(orders.id, orderId))))[0]!.status;

/** A packed order's delivery, given to a fresh courier. */
async function assignedDelivery(o = org, by = owner) {
  const { courier } = await createTestCourier(o, { status: 'available' });
  const { order, delivery } = await createPackedOrder(o);
  await withOrg(o.id, (tx) => assignCourier(tx, o.id, { deliveryId: delivery!.id, courierId: courier.id, actor: { type: 'staff', userId: by.id } }));
  return { order, id: delivery!.id, courier };
}

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});
beforeEach(() => enqueueDeliveryEmail.mockClear());

describe('staffChangeDeliveryStatus', () => {
  it('walks a delivery to the door for the courier, emailing the shopper the code and the delivery', async () => {
    const { order, id } = await assignedDelivery();
    expect(await move({ deliveryId: id, to: 'processing', expectedFrom: 'pending' })).toMatchObject({ id, from: 'pending', status: 'processing' });
    expect(enqueueDeliveryEmail).not.toHaveBeenCalled();
    await move({ deliveryId: id, to: 'dispatched', expectedFrom: 'processing' });
    expect(await orderStatus(order.id)).toBe('out_for_delivery');
    expect(enqueueDeliveryEmail).toHaveBeenCalledWith('dispatched', { org: expect.objectContaining({ id: org.id }), deliveryId: id, otp: expect.stringMatching(/^\d{6}$/) });

    // The shopper's code was never checked: staff may only mark it delivered with a reason.
    await expect(move({ deliveryId: id, to: 'delivered', expectedFrom: 'dispatched' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { reason: [expect.any(String)] } });
    await move({ deliveryId: id, to: 'delivered', expectedFrom: 'dispatched', reason: 'Shopper confirmed by phone' });
    expect(await orderStatus(order.id)).toBe('delivered');
    expect(enqueueDeliveryEmail).toHaveBeenLastCalledWith('delivered', expect.objectContaining({ deliveryId: id, otp: null }));
    expect((await historyOf(id)).at(-1)).toMatchObject({ toStatus: 'delivered', actorType: 'staff', changedById: owner.id, notes: expect.stringContaining('Proof waived: Shopper confirmed by phone') });
    expect(await auditActions(id)).toEqual(['delivery.status_changed', 'delivery.status_changed', 'delivery.status_changed']);
  });

  it('needs a courier to start, a reason to return or cancel, and refuses a page showing an older status', async () => {
    const { delivery } = await createPackedOrder(org);
    await expect(move({ deliveryId: delivery!.id, to: 'processing', expectedFrom: 'pending' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Assign a courier/) });
    expect(StaffChangeDeliveryStatusInput.safeParse({ deliveryId: delivery!.id, to: 'cancelled', expectedFrom: 'pending', reason: ' ' }).error?.issues[0]).toMatchObject({ path: ['reason'] });

    const { order, id } = await assignedDelivery();
    await move({ deliveryId: id, to: 'processing', expectedFrom: 'pending' });
    await expect(move({ deliveryId: id, to: 'dispatched', expectedFrom: 'pending' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/is now picking up/) });
    expect(StaffChangeDeliveryStatusInput.safeParse({ deliveryId: id, to: 'returned', expectedFrom: 'dispatched' }).error?.issues[0]).toMatchObject({ path: ['reason'] });
    await move({ deliveryId: id, to: 'dispatched', expectedFrom: 'processing' });
    await move({ deliveryId: id, to: 'returned', expectedFrom: 'dispatched', reason: 'Wrong address' });
    expect(await deliveryRow(id)).toMatchObject({ status: 'returned', returnReason: 'Wrong address' });
    expect(await orderStatus(order.id)).toBe('packed');
    expect(await auditActions(id)).toHaveLength(3);
  });

  it('cancels a delivery that has not left, with the reason in its history', async () => {
    const { order, id } = await assignedDelivery();
    await move({ deliveryId: id, to: 'cancelled', expectedFrom: 'pending', reason: 'Shopper will collect it' });
    expect((await historyOf(id)).at(-1)).toMatchObject({ toStatus: 'cancelled', reason: 'Shopper will collect it' });
    expect(await orderStatus(order.id)).toBe('packed');
    expect(enqueueDeliveryEmail).not.toHaveBeenCalled();
  });
});

describe('resendDeliveryCode', () => {
  it('sends a new code while out for delivery, at most once a minute, and never shows it', async () => {
    const { id } = await assignedDelivery();
    const c = await orgContextFor(owner, org);
    await expect(resendDeliveryCode(c, id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/not out for delivery/) });
    await move({ deliveryId: id, to: 'processing', expectedFrom: 'pending' });
    await move({ deliveryId: id, to: 'dispatched', expectedFrom: 'processing' });
    const firstHash = (await deliveryRow(id)).otpHash;
    await expect(resendDeliveryCode(c, id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/less than a minute/) });
    enqueueDeliveryEmail.mockClear();

    const later = new Date(Date.now() + 2 * 60_000);
    const result = await resendDeliveryCode(c, id, later);
    expect(result).toEqual({ id, sentAt: later });
    expect(result).not.toHaveProperty('otp');
    const after = await deliveryRow(id);
    expect(after.otpHash).not.toBe(firstHash);
    expect(after).toMatchObject({ otpAttempts: 0, otpSentAt: later });
    expect(enqueueDeliveryEmail).toHaveBeenCalledWith('code', { org: expect.objectContaining({ id: org.id }), deliveryId: id, otp: expect.stringMatching(/^\d{6}$/) });
    expect((await historyOf(id)).at(-1)).toMatchObject({ event: 'code_sent', actorType: 'staff', changedById: owner.id });
    expect(await auditActions(id)).toContain('delivery.code_resent');
  });

  it('is refused when the store does not use codes', async () => {
    const { org: photos, owner: photosOwner } = await createOrganization();
    await setDeliverySettings(photos, { proofRequirement: 'photo' });
    const { id } = await assignedDelivery(photos, photosOwner);
    const c = await orgContextFor(photosOwner, photos);
    for (const [to, expectedFrom] of [['processing', 'pending'], ['dispatched', 'processing']] as const) {
      await staffChangeDeliveryStatus(c, StaffChangeDeliveryStatusInput.parse({ deliveryId: id, to, expectedFrom }));
    }
    expect(enqueueDeliveryEmail).toHaveBeenCalledWith('dispatched', expect.objectContaining({ otp: null }));
    await expect(resendDeliveryCode(c, id, new Date(Date.now() + 120_000))).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/does not use delivery codes/) });
  });
});

describe('who may change a delivery', () => {
  it('refuses a seller, and another organization cannot change or resend this one', async () => {
    const { id } = await assignedDelivery();
    const seller = await addMember(org, 'seller');
    await expect(move({ deliveryId: id, to: 'processing', expectedFrom: 'pending' }, seller)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(resendDeliveryCode(await orgContextFor(seller, org), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const { org: other, owner: otherOwner } = await createOrganization();
    const otherCtx = await orgContextFor(otherOwner, other);
    await expect(staffChangeDeliveryStatus(otherCtx, StaffChangeDeliveryStatusInput.parse({ deliveryId: id, to: 'cancelled', expectedFrom: 'pending', reason: 'Mine now' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(resendDeliveryCode(otherCtx, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await deliveryRow(id)).toMatchObject({ status: 'pending' });
    expect(await auditActions(id)).toEqual([]);
    expect(enqueueDeliveryEmail).not.toHaveBeenCalled();
  });
});
