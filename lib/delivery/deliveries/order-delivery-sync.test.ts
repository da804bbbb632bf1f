import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveryStatusHistory, deliveryZones, orders, orderStatusHistory, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryOfOrder, deliveryRow, setDeliverySettings } from '@/db/test/delivery-factories';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { assignCourier } from './assign-courier';
import { changeDeliveryStatus } from './change-delivery-status';
import { createDeliveryForOrder } from './create-delivery';

const staff = { type: 'staff', userId: null } as const;
const HOUR = 3_600_000;

const orderRow = async (orderId: string) => (await withPlatform((tx) => tx.select().from(orders).where(eq(orders.id, orderId))))[0]!;
const moveOrder = (org: Organization, orderId: string, to: Parameters<typeof changeOrderStatus>[2]['to'], reason?: string) =>
  withOrg(org.id, (tx) => changeOrderStatus(tx, org.id, { orderId, to, actor: staff, reason }));

describe('orders and their deliveries', () => {
  it('opens a delivery at packing only while the store wants that', async () => {
    const { org } = await createOrganization();
    const { order, delivery } = await createPackedOrder(org);
    expect(delivery).toMatchObject({ orderId: order.id, status: 'pending' });
    const created = await withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, delivery!.id)));
    expect(created.map((h) => [h.event, h.toStatus, h.actorType])).toEqual([['created', 'pending', 'staff']]);

    await setDeliverySettings(org, { createOnPacked: false });
    const later = await createPackedOrder(org);
    expect((await orderRow(later.order.id)).status).toBe('packed');
    expect(later.delivery).toBeUndefined();
    // Opened by hand instead.
    const byHand = await withOrg(org.id, (tx) => createDeliveryForOrder(tx, org.id, { orderId: later.order.id, actor: staff, specialInstructions: '  Call first  ' }));
    expect(byHand).toMatchObject({ status: 'pending', specialInstructions: 'Call first' });
  });

  it('cancels the pending delivery of a cancelled order, with a history row, and frees its courier', async () => {
    const { org } = await createOrganization();
    const { courier } = await createTestCourier(org, { status: 'available' });
    const { order, delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: id, courierId: courier.id, actor: staff }));
    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: staff }));
    expect((await courierRow(courier.id)).status).toBe('busy');

    await moveOrder(org, order.id, 'cancelled', 'Shopper changed their mind');
    const cancelled = await deliveryRow(id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect((await courierRow(courier.id)).status).toBe('available');
    const history = await withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, id)));
    expect(history.filter((h) => h.toStatus === 'cancelled').map((h) => ({ event: h.event, reason: h.reason, courierId: h.courierId }))).toEqual([
      { event: 'status_changed', reason: 'Shopper changed their mind', courierId: courier.id },
    ]);
  });

  it('does not let an order out for delivery be cancelled, so the parcel with the courier is not affected', async () => {
    const { org } = await createOrganization();
    const { courier } = await createTestCourier(org, { status: 'available' });
    const { order, delivery } = await createPackedOrder(org);
    const id = delivery!.id;
    await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: id, courierId: courier.id, actor: staff }));
    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: staff }));
    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'dispatched', actor: staff }));
    await expect(moveOrder(org, order.id, 'cancelled')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await deliveryRow(id)).status).toBe('dispatched');
  });

  it('refuses to move an order out for delivery or delivered by hand while its delivery is open, naming the delivery', async () => {
    const { org } = await createOrganization();
    const { order, delivery } = await createPackedOrder(org);
    const historyBefore = await withPlatform((tx) => tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, order.id)));
    await expect(moveOrder(org, order.id, 'out_for_delivery')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(delivery!.trackingNumber),
    });
    expect((await orderRow(order.id)).status).toBe('packed');
    expect(await withPlatform((tx) => tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, order.id)))).toHaveLength(historyBefore.length);

    // Without a delivery (the store does not use them for this order) staff move it by hand as before.
    await setDeliverySettings(org, { createOnPacked: false });
    const { order: plain } = await createPackedOrder(org);
    await moveOrder(org, plain.id, 'out_for_delivery');
    await moveOrder(org, plain.id, 'delivered');
    expect(await orderRow(plain.id)).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });
    expect(await deliveryOfOrder(plain.id)).toBeUndefined();
  });

  it('collects the order total for unpaid cash on delivery and nothing for a card order', async () => {
    const { org } = await createOrganization();
    const cod = await createPackedOrder(org, { paymentMethod: 'cod', quantity: 3 });
    expect(cod.delivery).toMatchObject({ codAmount: cod.order.total, currency: cod.order.currency });
    expect(cod.order.total).toBeGreaterThan(0);
    const card = await createPackedOrder(org, { paymentMethod: 'card' });
    expect(card.delivery!.codAmount).toBe(0);

    // Cash on delivery the shopper already paid (e.g. in the shop): nothing left to collect.
    await setDeliverySettings(org, { createOnPacked: false });
    const paid = await createPackedOrder(org, { paymentMethod: 'cod' });
    await withPlatform((tx) => tx.update(orders).set({ paymentStatus: 'paid' }).where(eq(orders.id, paid.order.id)));
    const opened = await withOrg(org.id, (tx) => createDeliveryForOrder(tx, org.id, { orderId: paid.order.id, actor: staff }));
    expect(opened.codAmount).toBe(0);
  });

  it("estimates the delivery time from the order's tariff hours and takes the pick-up and drop-off points", async () => {
    const { org } = await createOrganization();
    await setDeliverySettings(org, { createOnPacked: false });
    const [zone] = await withOrg(org.id, (tx) =>
      tx.insert(deliveryZones).values({ organizationId: org.id, name: 'Centre', city: 'Springfield', latitude: 41.33, longitude: 69.3 }).returning(),
    );
    const { order, warehouse } = await createPackedOrder(org);
    await withPlatform((tx) => tx.update(orders).set({ estimatedDeliveryHours: 6, deliveryZoneId: zone!.id }).where(eq(orders.id, order.id)));
    const now = new Date('2030-01-02T10:00:00Z');
    const opened = await withOrg(org.id, (tx) => createDeliveryForOrder(tx, org.id, { orderId: order.id, actor: staff, now }));
    expect(opened).toMatchObject({
      createdAt: now,
      estimatedDeliveryAt: new Date(now.getTime() + 6 * HOUR),
      zoneId: zone!.id,
      dropoffLatitude: 41.33,
      dropoffLongitude: 69.3,
      pickupWarehouseId: warehouse.id,
      pickupLabel: warehouse.name,
      pickupLatitude: 41.3111,
      pickupLongitude: 69.2797,
    });
    expect(opened.items).toEqual([{ name: 'Parcel', variantName: 'Default', sku: null, quantity: 1 }]);
    expect(opened.address).toEqual(order.shippingAddress);

    const noEstimate = await createPackedOrder(org);
    const plain = await withOrg(org.id, (tx) => createDeliveryForOrder(tx, org.id, { orderId: noEstimate.order.id, actor: staff }));
    expect(plain).toMatchObject({ estimatedDeliveryAt: null, dropoffLatitude: null, zoneId: null });
  });

  it('walks a confirmed order along to out for delivery when its hand-opened delivery is picked up', async () => {
    const { org } = await createOrganization();
    const { courier } = await createTestCourier(org, { status: 'available' });
    const { order } = await createPackedOrder(org, { orderStatus: 'confirmed' });
    const opened = await withOrg(org.id, (tx) => createDeliveryForOrder(tx, org.id, { orderId: order.id, actor: staff }));
    await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: opened.id, courierId: courier.id, actor: staff }));
    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: opened.id, to: 'processing', actor: staff }));
    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: opened.id, to: 'dispatched', actor: staff }));
    expect((await orderRow(order.id)).status).toBe('out_for_delivery');
    const steps = await withPlatform((tx) => tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, order.id)).orderBy(orderStatusHistory.createdAt, orderStatusHistory.id));
    expect(steps.map((h) => h.toStatus)).toEqual(['pending', 'confirmed', 'processing', 'packed', 'out_for_delivery']);
    // Packing on the way does not open a second delivery.
    expect((await deliveryOfOrder(order.id))!.id).toBe(opened.id);
  });
});
