import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveryStatusHistory, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryRow, setDeliverySettings } from '@/db/test/delivery-factories';
import { auditActions } from '../test-helpers';
import { assignCourier } from '../deliveries/assign-courier';
import { changeDeliveryStatus } from '../deliveries/change-delivery-status';
import { assignDeliveryCourier } from './assign-delivery-courier';
import { createDeliveryByHand } from './create-delivery-by-hand';
import { AssignDeliveryCourierInput, CreateDeliveryInput } from './schemas';
import { suggestCouriers } from './suggest-couriers';

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);
const assign = async (input: Record<string, unknown>, user = owner) => assignDeliveryCourier(await orgContextFor(user, org), AssignDeliveryCourierInput.parse(input));
const events = async (deliveryId: string) =>
  (await withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, deliveryId)).orderBy(deliveryStatusHistory.createdAt))).map((h) => h.event);

// The warehouse (pick-up point) of createPackedOrder is at 41.3111, 69.2797; 0.009° of latitude is about 1 km.
const north = (km: number) => ({ lastLatitude: 41.3111 + km * 0.009, lastLongitude: 69.2797 });

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

describe('createDeliveryByHand', () => {
  it('opens the delivery of a confirmed order and gives it to a courier at once, with history and audit', async () => {
    const { courier } = await createTestCourier(org, { status: 'available' });
    const { order, delivery: none } = await createPackedOrder(org, { orderStatus: 'confirmed' });
    expect(none).toBeUndefined();
    const created = await createDeliveryByHand(await ctx(), CreateDeliveryInput.parse({ orderId: order.id, specialInstructions: ' Ring twice ', courierId: courier.id }));
    expect(await deliveryRow(created.id)).toMatchObject({ orderId: order.id, courierId: courier.id, status: 'pending', specialInstructions: 'Ring twice', trackingNumber: created.trackingNumber });
    expect(await events(created.id)).toEqual(['created', 'assigned']);
    expect(await auditActions(created.id)).toEqual(['delivery.created']);

    await expect(createDeliveryByHand(await ctx(), CreateDeliveryInput.parse({ orderId: order.id }))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(created.trackingNumber),
    });
  });

  it('rolls everything back when the courier cannot take it', async () => {
    await setDeliverySettings(org, { createOnPacked: false });
    const { order, delivery } = await createPackedOrder(org);
    expect(delivery).toBeUndefined();
    const { courier: inactive } = await createTestCourier(org, { isActive: false });
    await expect(createDeliveryByHand(await ctx(), CreateDeliveryInput.parse({ orderId: order.id, courierId: inactive.id }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { courierId: [expect.any(String)] },
    });
    const created = await createDeliveryByHand(await ctx(), CreateDeliveryInput.parse({ orderId: order.id, courierId: '' }));
    expect(await deliveryRow(created.id)).toMatchObject({ courierId: null });
    await setDeliverySettings(org, { createOnPacked: true });
  });
});

describe('assignDeliveryCourier', () => {
  it('assigns, reassigns and unassigns with history and audit, refusing a stale picker', async () => {
    const { courier: first } = await createTestCourier(org, { status: 'available' }, 'First');
    const { courier: second } = await createTestCourier(org, { status: 'available' }, 'Second');
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;

    expect(await assign({ deliveryId: id, courierId: first.id, expectedCourierId: null })).toEqual({ id, courierId: first.id, changed: true });
    // A second picker, opened before the first assignment, still thinks nobody has it.
    await expect(assign({ deliveryId: id, courierId: second.id, expectedCourierId: null })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/reassigned meanwhile/) });
    expect((await deliveryRow(id)).courierId).toBe(first.id);

    await assign({ deliveryId: id, courierId: second.id, expectedCourierId: first.id, reason: 'First is off sick' });
    expect(await assign({ deliveryId: id, courierId: second.id, expectedCourierId: second.id })).toMatchObject({ changed: false });
    await assign({ deliveryId: id, courierId: null, expectedCourierId: second.id });
    expect(await deliveryRow(id)).toMatchObject({ courierId: null, assignedAt: null });
    expect(await events(id)).toEqual(['created', 'assigned', 'assigned', 'unassigned']);
    expect(await auditActions(id)).toEqual(['delivery.courier_assigned', 'delivery.courier_reassigned', 'delivery.courier_unassigned']);
  });

  it('takes a started delivery back to pending, and refuses once the parcel left', async () => {
    const { courier, user } = await createTestCourier(org, { status: 'available' });
    const { delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await assign({ deliveryId: id, courierId: courier.id, expectedCourierId: null });
    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: { type: 'courier', userId: user.id } }));
    expect((await courierRow(courier.id)).status).toBe('busy');
    await assign({ deliveryId: id, courierId: null, expectedCourierId: courier.id });
    expect(await deliveryRow(id)).toMatchObject({ status: 'pending', courierId: null });
    expect((await courierRow(courier.id)).status).toBe('available');

    await assign({ deliveryId: id, courierId: courier.id, expectedCourierId: null });
    await withOrg(org.id, async (tx) => {
      await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: { type: 'courier', userId: user.id } });
      await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'dispatched', actor: { type: 'courier', userId: user.id } });
    });
    await expect(assign({ deliveryId: id, courierId: null, expectedCourierId: courier.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('suggestCouriers', () => {
  it('puts closer and less loaded couriers first, unknown positions last, and leaves out offline and inactive ones', async () => {
    const { org: shop, owner: shopOwner } = await createOrganization();
    const { courier: near } = await createTestCourier(shop, { status: 'available', ...north(0.5) }, 'Near');
    const { courier: nearButLoaded } = await createTestCourier(shop, { status: 'available', ...north(0.2) }, 'Near but loaded');
    const { courier: far } = await createTestCourier(shop, { status: 'available', ...north(5) }, 'Far');
    await createTestCourier(shop, { status: 'available' }, 'Nowhere');
    await createTestCourier(shop, { status: 'offline', ...north(0.1) }, 'Offline');
    await createTestCourier(shop, { status: 'available', isActive: false, ...north(0.1) }, 'Inactive');

    const staff = { type: 'staff', userId: shopOwner.id } as const;
    for (let i = 0; i < 2; i++) {
      const { delivery } = await createPackedOrder(shop);
      await withOrg(shop.id, (tx) => assignCourier(tx, shop.id, { deliveryId: delivery!.id, courierId: nearButLoaded.id, actor: staff }));
    }
    const { delivery } = await createPackedOrder(shop);
    // Near already holds this very delivery: it does not count against them.
    await withOrg(shop.id, (tx) => assignCourier(tx, shop.id, { deliveryId: delivery!.id, courierId: near.id, actor: staff }));

    const suggestions = await suggestCouriers(await orgContextFor(shopOwner, shop), delivery!.id);
    expect(suggestions.map((s) => [s.name, s.activeCount])).toEqual([
      ['Near', 0],
      ['Far', 0],
      ['Near but loaded', 2],
      ['Nowhere', 0],
    ]);
    const [best, second, third, last] = suggestions;
    expect(best).toMatchObject({ courierId: near.id, status: 'available' });
    expect(best!.distanceKm).toBeCloseTo(0.5, 1);
    expect(second).toMatchObject({ courierId: far.id });
    expect(second!.score).toBeCloseTo(5, 0);
    expect(third!.score).toBeCloseTo(0.2 + 6, 1);
    expect(last).toMatchObject({ distanceKm: null, score: 0 });
  });
});

describe('who may assign', () => {
  it('refuses members without deliveries.manage, and another organization sees none of this one', async () => {
    const { courier } = await createTestCourier(org, { status: 'available' });
    const { order, delivery } = await createPackedOrder(org, { orderStatus: 'confirmed' });
    expect(delivery).toBeUndefined();
    const { delivery: open } = await createPackedOrder(org);
    const id = open!.id;

    for (const role of ['seller', 'courier'] as const) {
      const member = await addMember(org, role);
      const memberCtx = await orgContextFor(member, org);
      await expect(assign({ deliveryId: id, courierId: courier.id, expectedCourierId: null }, member)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(suggestCouriers(memberCtx, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(createDeliveryByHand(memberCtx, CreateDeliveryInput.parse({ orderId: order.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }

    const { org: other, owner: otherOwner } = await createOrganization();
    const otherCtx = await orgContextFor(otherOwner, other);
    await expect(assignDeliveryCourier(otherCtx, AssignDeliveryCourierInput.parse({ deliveryId: id, courierId: courier.id, expectedCourierId: null }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(suggestCouriers(otherCtx, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createDeliveryByHand(otherCtx, CreateDeliveryInput.parse({ orderId: order.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Nor can they hand their own delivery to this organization's courier.
    const { delivery: theirs } = await createPackedOrder(other);
    await expect(assignDeliveryCourier(otherCtx, AssignDeliveryCourierInput.parse({ deliveryId: theirs!.id, courierId: courier.id, expectedCourierId: null }))).rejects.toMatchObject({
      code: 'INVALID',
    });
    expect(await deliveryRow(id)).toMatchObject({ courierId: null });
    expect(await events(id)).toEqual(['created']);
  });
});
