import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { courierCashHandins, couriers, deliveries, deliveryStatusHistory, deliveryTrackingPoints, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryRow, setDeliverySettings } from '@/db/test/delivery-factories';
import { assignCourier } from './assign-courier';
import { changeDeliveryStatus, recordFailedAttempt } from './change-delivery-status';
import { lockDelivery } from './lock-delivery';
import { checkDeliveryOtp, issueDeliveryOtp } from './otp';

const staff = { type: 'staff', userId: null } as const;

const historyOf = (deliveryId: string) => withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, deliveryId)));

/** A delivery out for delivery with `courier`; returns the code the shopper was sent. */
async function dispatchedDelivery(org: Organization, courierId: string) {
  const { order, delivery } = await createPackedOrder(org);
  const id = delivery!.id;
  await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: id, courierId, actor: staff }));
  await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: staff }));
  const { otp } = await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'dispatched', actor: staff }));
  return { id, order, otp: otp! };
}

describe('a courier acting (onlyCourierId)', () => {
  it('finds only their own deliveries: another courier’s or an unassigned one is NOT_FOUND and stays as it was', async () => {
    const { org } = await createOrganization();
    const mine = await createTestCourier(org, { status: 'available' }, 'Mina Courier');
    const theirs = await createTestCourier(org, { status: 'available' }, 'Theo Courier');
    const { id } = await dispatchedDelivery(org, theirs.courier.id);
    const unassigned = (await createPackedOrder(org)).delivery!.id;
    const asMe = { type: 'courier', userId: mine.user.id } as const;

    for (const deliveryId of [id, unassigned]) {
      const before = { delivery: await deliveryRow(deliveryId), history: await historyOf(deliveryId) };
      await expect(withOrg(org.id, (tx) => lockDelivery(tx, org.id, deliveryId, mine.courier.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      for (const to of ['processing', 'delivered', 'returned'] as const) {
        await expect(
          withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId, to, actor: asMe, reason: 'Not mine', onlyCourierId: mine.courier.id })),
        ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      await expect(
        withOrg(org.id, (tx) => recordFailedAttempt(tx, org.id, { deliveryId, reason: 'Nobody home', actor: asMe, onlyCourierId: mine.courier.id })),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect({ delivery: await deliveryRow(deliveryId), history: await historyOf(deliveryId) }).toEqual(before);
    }

    // Their own delivery works the same way.
    const asTheo = { type: 'courier', userId: theirs.user.id } as const;
    await withOrg(org.id, (tx) => recordFailedAttempt(tx, org.id, { deliveryId: id, reason: 'Nobody home', actor: asTheo, onlyCourierId: theirs.courier.id }));
    expect((await deliveryRow(id)).failedAttempts).toBe(1);
  });
});

describe('organizations are isolated', () => {
  it("a transaction scoped to org B can neither read nor change org A's deliveries, history, tracking points or hand-ins", async () => {
    const { org: a } = await createOrganization();
    const { org: b } = await createOrganization();
    const courierA = await createTestCourier(a, { status: 'available' });
    const { id } = await dispatchedDelivery(a, courierA.courier.id);
    await withOrg(a.id, async (tx) => {
      await tx.insert(deliveryTrackingPoints).values({ organizationId: a.id, deliveryId: id, courierId: courierA.courier.id, latitude: 41.3, longitude: 69.2, recordedAt: new Date() });
      await tx.insert(courierCashHandins).values({ organizationId: a.id, courierId: courierA.courier.id, amount: 1000, currency: 'USD' });
    });
    const before = { delivery: await deliveryRow(id), history: await historyOf(id), courier: await courierRow(courierA.courier.id) };

    const seen = await withOrg(b.id, async (tx) => ({
      deliveries: await tx.select().from(deliveries).where(eq(deliveries.id, id)),
      history: await tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, id)),
      points: await tx.select().from(deliveryTrackingPoints).where(eq(deliveryTrackingPoints.deliveryId, id)),
      handins: await tx.select().from(courierCashHandins).where(eq(courierCashHandins.courierId, courierA.courier.id)),
      couriers: await tx.select().from(couriers).where(eq(couriers.id, courierA.courier.id)),
      updated: await tx.update(deliveries).set({ status: 'delivered' }).where(eq(deliveries.id, id)).returning(),
      deleted: await tx.delete(deliveryTrackingPoints).where(eq(deliveryTrackingPoints.deliveryId, id)).returning(),
    }));
    expect(seen).toEqual({ deliveries: [], history: [], points: [], handins: [], couriers: [], updated: [], deleted: [] });

    // Through the verbs, even when handed org A's id inside org B's transaction.
    for (const orgId of [b.id, a.id]) {
      await expect(withOrg(b.id, (tx) => lockDelivery(tx, orgId, id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(withOrg(b.id, (tx) => changeDeliveryStatus(tx, orgId, { deliveryId: id, to: 'returned', reason: 'x', actor: staff }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(withOrg(b.id, (tx) => recordFailedAttempt(tx, orgId, { deliveryId: id, reason: 'x', actor: staff }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(withOrg(b.id, (tx) => assignCourier(tx, orgId, { deliveryId: id, courierId: null, actor: staff }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Writing rows that claim to be org A's is refused by the policy.
    await expect(
      withOrg(b.id, (tx) => tx.insert(deliveryTrackingPoints).values({ organizationId: a.id, deliveryId: id, courierId: courierA.courier.id, latitude: 1, longitude: 1, recordedAt: new Date() })),
    ).rejects.toThrow();
    await expect(withOrg(b.id, (tx) => tx.insert(courierCashHandins).values({ organizationId: a.id, courierId: courierA.courier.id, amount: 5, currency: 'USD' }))).rejects.toThrow();

    expect({ delivery: await deliveryRow(id), history: await historyOf(id), courier: await courierRow(courierA.courier.id) }).toEqual(before);
    const points = await withPlatform((tx) => tx.select().from(deliveryTrackingPoints).where(eq(deliveryTrackingPoints.deliveryId, id)));
    const handins = await withPlatform((tx) => tx.select().from(courierCashHandins).where(eq(courierCashHandins.courierId, courierA.courier.id)));
    expect({ points: points.length, handins: handins.map((h) => h.amount) }).toEqual({ points: 1, handins: [1000] });
  });
});

describe("the shopper's one-time code", () => {
  it('counts wrong codes (persisted), locks after the limit, and only a new code unlocks it', async () => {
    const { org } = await createOrganization();
    await setDeliverySettings(org, { otpMaxAttempts: 3 });
    const { courier, user } = await createTestCourier(org, { status: 'available' });
    const { id, otp } = await dispatchedDelivery(org, courier.id);
    const wrong = otp === '000000' ? '111111' : '000000';
    // Each check in its own committed transaction, the way the courier's page sends them.
    const check = (code: string) => withOrg(org.id, async (tx) => checkDeliveryOtp(tx, org.id, await lockDelivery(tx, org.id, id), code, 3));
    const deliver = () =>
      withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'delivered', actor: { type: 'courier', userId: user.id }, onlyCourierId: courier.id }));

    expect(await check(wrong)).toBe('wrong');
    expect(await check(` ${wrong} `)).toBe('wrong');
    expect((await deliveryRow(id)).otpAttempts).toBe(2);
    expect(await check(wrong)).toBe('locked');
    expect((await deliveryRow(id)).otpAttempts).toBe(3);
    // Locked: even the right code is refused now, and the attempts stop counting.
    expect(await check(otp)).toBe('locked');
    expect(await deliveryRow(id)).toMatchObject({ otpAttempts: 3, otpVerifiedAt: null });
    await expect(deliver()).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { proof: expect.any(Array) } });
    expect((await deliveryRow(id)).status).toBe('dispatched');

    const fresh = await withOrg(org.id, (tx) => issueDeliveryOtp(tx, org.id, id));
    expect(fresh).toMatch(/^\d{6}$/);
    expect((await deliveryRow(id)).otpAttempts).toBe(0);
    if (fresh !== otp) expect(await check(otp)).toBe('wrong');
    expect(await check(fresh)).toBe('ok');
    expect((await deliveryRow(id)).otpVerifiedAt).toBeInstanceOf(Date);
    await deliver();
    expect((await deliveryRow(id)).status).toBe('delivered');
  });

  it('has no code to check before dispatch, and a code is only good for its own delivery', async () => {
    const { org } = await createOrganization();
    const { courier } = await createTestCourier(org, { status: 'available' });
    const pending = (await createPackedOrder(org)).delivery!.id;
    expect(await withOrg(org.id, async (tx) => checkDeliveryOtp(tx, org.id, await lockDelivery(tx, org.id, pending), '123456', 5))).toBe('not_sent');

    const first = await dispatchedDelivery(org, courier.id);
    const second = await dispatchedDelivery(org, courier.id);
    if (first.otp !== second.otp) {
      expect(await withOrg(org.id, async (tx) => checkDeliveryOtp(tx, org.id, await lockDelivery(tx, org.id, second.id), first.otp, 5))).toBe('wrong');
    }
    const [a, b] = [await deliveryRow(first.id), await deliveryRow(second.id)];
    expect(a.otpHash).not.toBe(b.otpHash);
    expect(a.otpHash).not.toContain(first.otp);
  });
});
