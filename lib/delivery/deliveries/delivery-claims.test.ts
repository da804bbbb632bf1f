import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveryStatusHistory, memberships, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryRow } from '@/db/test/delivery-factories';
import { assignCourier, claimDelivery } from './assign-courier';
import { changeDeliveryStatus } from './change-delivery-status';

const staff = { type: 'staff', userId: null } as const;

const historyOf = (deliveryId: string) =>
  withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, deliveryId)).orderBy(deliveryStatusHistory.createdAt, deliveryStatusHistory.id));

const assign = (org: Organization, deliveryId: string, courierId: string | null, extra: { expectedCourierId?: string | null; reason?: string } = {}) =>
  withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId, courierId, actor: staff, ...extra }));

const move = (org: Organization, deliveryId: string, to: 'processing' | 'dispatched') => withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId, to, actor: staff }));

/** Resolves once `n` callers are waiting, so parallel transactions are all open before any of them claims. */
function barrier(n: number) {
  let waiting = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    if (++waiting === n) release();
    return all;
  };
}

describe('claiming a delivery', () => {
  it('lets exactly one of two couriers claiming at once take it; the other gets CONFLICT', async () => {
    const { org } = await createOrganization();
    const a = await createTestCourier(org, { status: 'available' }, 'Ann Courier');
    const b = await createTestCourier(org, { status: 'available' }, 'Ben Courier');
    for (let round = 0; round < 4; round++) {
      const { delivery } = await createPackedOrder(org);
      const id = delivery!.id;
      const ready = barrier(2);
      const claim = (c: typeof a) =>
        withOrg(org.id, async (tx) => {
          await ready();
          const claimed = await claimDelivery(tx, org.id, { deliveryId: id, courierId: c.courier.id, userId: c.user.id });
          // Hold the row a moment, so the other claim waits on it rather than running after the commit.
          await tx.execute(sql`select pg_sleep(0.05)`);
          return claimed;
        });
      const results = await Promise.allSettled([claim(a), claim(b)]);

      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toMatchObject({ code: 'CONFLICT' });
      const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof claimDelivery>>>).value.courierId;
      expect(await deliveryRow(id)).toMatchObject({ status: 'pending', courierId: winner });
      const assigned = (await historyOf(id)).filter((h) => h.event === 'assigned');
      expect(assigned.map((h) => ({ courierId: h.courierId, actorType: h.actorType }))).toEqual([{ courierId: winner, actorType: 'courier' }]);
    }
  });

  it('refuses to claim a delivery that already has a courier, or is under way', async () => {
    const { org } = await createOrganization();
    const a = await createTestCourier(org, { status: 'available' }, 'Ann Courier');
    const b = await createTestCourier(org, { status: 'available' }, 'Ben Courier');
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await assign(org, id, a.courier.id);
    const claimBy = (c: typeof b) => withOrg(org.id, (tx) => claimDelivery(tx, org.id, { deliveryId: id, courierId: c.courier.id, userId: c.user.id }));
    await expect(claimBy(b)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await deliveryRow(id)).toMatchObject({ status: 'pending', courierId: a.courier.id });

    // Under way with another courier: cannot be claimed either.
    const other = (await createPackedOrder(org)).delivery!.id;
    await assign(org, other, a.courier.id);
    await move(org, other, 'processing');
    await expect(withOrg(org.id, (tx) => claimDelivery(tx, org.id, { deliveryId: other, courierId: b.courier.id, userId: b.user.id }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await deliveryRow(other)).toMatchObject({ status: 'processing', courierId: a.courier.id });
  });
});

describe('assigning a courier', () => {
  it('refuses an inactive courier, a member who is no longer a courier and a courier of another organization', async () => {
    const { org } = await createOrganization();
    const { org: otherOrg } = await createOrganization();
    const inactive = await createTestCourier(org, { isActive: false });
    const demoted = await createTestCourier(org, { status: 'available' });
    await withPlatform((tx) => tx.update(memberships).set({ role: 'staff' }).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, demoted.user.id))));
    const foreign = await createTestCourier(otherOrg, { status: 'available' });
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    const before = { delivery: await deliveryRow(id), history: await historyOf(id) };

    for (const courierId of [inactive.courier.id, demoted.courier.id, foreign.courier.id, 'cour_does_not_exist']) {
      await expect(assign(org, id, courierId)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { courierId: expect.any(Array) } });
    }
    expect({ delivery: await deliveryRow(id), history: await historyOf(id) }).toEqual(before);
    expect((await courierRow(foreign.courier.id)).status).toBe('available');
  });

  it('refuses to reassign a delivery once it is out for delivery or closed', async () => {
    const { org } = await createOrganization();
    const a = await createTestCourier(org, { status: 'available' });
    const b = await createTestCourier(org, { status: 'available' });
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await assign(org, id, a.courier.id);
    await move(org, id, 'processing');
    await move(org, id, 'dispatched');
    const before = { delivery: await deliveryRow(id), history: await historyOf(id) };
    await expect(assign(org, id, b.courier.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already with its courier/) });
    await expect(assign(org, id, null)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect({ delivery: await deliveryRow(id), history: await historyOf(id) }).toEqual(before);
    expect((await courierRow(a.courier.id)).status).toBe('busy');
    expect((await courierRow(b.courier.id)).status).toBe('available');
  });

  it('reassigns with history and keeps both couriers’ status right', async () => {
    const { org } = await createOrganization();
    const a = await createTestCourier(org, { status: 'available' });
    const b = await createTestCourier(org, { status: 'available' });
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await assign(org, id, a.courier.id);
    await move(org, id, 'processing');
    expect((await courierRow(a.courier.id)).status).toBe('busy');

    const moved = await assign(org, id, b.courier.id, { reason: 'Ann is stuck in traffic', expectedCourierId: a.courier.id });
    // Handing a started delivery to someone else starts it over with them.
    expect(moved).toMatchObject({ courierId: b.courier.id, status: 'pending', startedAt: null });
    expect((await courierRow(a.courier.id)).status).toBe('available');
    expect((await courierRow(b.courier.id)).status).toBe('available');
    const events = (await historyOf(id)).filter((h) => h.event === 'assigned' || h.event === 'unassigned');
    expect(events.map((h) => [h.event, h.courierId, h.fromStatus, h.toStatus, h.reason])).toEqual([
      ['assigned', a.courier.id, 'pending', 'pending', null],
      ['assigned', b.courier.id, 'processing', 'pending', 'Ann is stuck in traffic'],
    ]);
  });

  it('unassigning a started delivery puts it back to pending and frees the courier', async () => {
    const { org } = await createOrganization();
    const a = await createTestCourier(org, { status: 'available' });
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await assign(org, id, a.courier.id);
    await move(org, id, 'processing');
    const back = await assign(org, id, null, { reason: 'Courier went home sick' });
    expect(back).toMatchObject({ status: 'pending', courierId: null, assignedAt: null, startedAt: null });
    expect((await courierRow(a.courier.id)).status).toBe('available');
    const last = (await historyOf(id)).at(-1)!;
    expect(last).toMatchObject({ event: 'unassigned', fromStatus: 'processing', toStatus: 'pending', courierId: null, reason: 'Courier went home sick' });
  });

  it('refuses a change made from a stale page (expectedCourierId)', async () => {
    const { org } = await createOrganization();
    const a = await createTestCourier(org, { status: 'available' });
    const b = await createTestCourier(org, { status: 'available' });
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await assign(org, id, a.courier.id);
    const before = { delivery: await deliveryRow(id), history: await historyOf(id) };
    // The page was loaded while the delivery had no courier.
    await expect(assign(org, id, b.courier.id, { expectedCourierId: null })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/reassigned meanwhile/) });
    await expect(assign(org, id, null, { expectedCourierId: b.courier.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect({ delivery: await deliveryRow(id), history: await historyOf(id) }).toEqual(before);
  });

  it('does not make an offline courier available by giving them a delivery', async () => {
    const { org } = await createOrganization();
    const a = await createTestCourier(org, { status: 'offline' });
    const { delivery } = await createPackedOrder(org);
    await assign(org, delivery!.id, a.courier.id);
    expect((await courierRow(a.courier.id)).status).toBe('offline');
  });
});
