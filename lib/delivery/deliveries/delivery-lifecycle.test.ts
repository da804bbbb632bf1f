import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveryStatusHistory, orders } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryRow } from '@/db/test/delivery-factories';
import { assignCourier } from './assign-courier';
import { changeDeliveryStatus } from './change-delivery-status';
import { checkDeliveryOtp } from './otp';
import { TRACKING_NUMBER_PATTERN } from './tracking-number';

const staff = { type: 'staff', userId: null } as const;

describe('a delivery from packing to the door', () => {
  it('opens at packing, follows the courier and moves the order with it', async () => {
    const { org } = await createOrganization();
    const { courier, user } = await createTestCourier(org, { feePerDelivery: 350, status: 'available' });
    const { order, delivery } = await createPackedOrder(org, { paymentMethod: 'cod' });
    expect(delivery?.trackingNumber).toMatch(TRACKING_NUMBER_PATTERN);
    expect(delivery?.codAmount).toBe(order.total);
    const id = delivery!.id;
    const asCourier = { type: 'courier', userId: user.id } as const;

    await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: id, courierId: courier.id, actor: staff }));
    await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: asCourier }));
    expect((await courierRow(courier.id)).status).toBe('busy');
    const { otp } = await withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'dispatched', actor: asCourier }));
    expect(otp).toMatch(/^\d{6}$/);
    const orderNow = async () => (await withPlatform((tx) => tx.select().from(orders).where(eq(orders.id, order.id))))[0]!;
    expect((await orderNow()).status).toBe('out_for_delivery');

    await expect(withOrg(org.id, (tx) => changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'delivered', actor: asCourier }))).rejects.toMatchObject({ code: 'INVALID' });
    const wrong = otp === '000000' ? '111111' : '000000';
    expect(await withOrg(org.id, async (tx) => checkDeliveryOtp(tx, org.id, await deliveryRow(id), wrong, 5))).toBe('wrong');
    expect((await deliveryRow(id)).otpAttempts).toBe(1);
    await withOrg(org.id, async (tx) => {
      expect(await checkDeliveryOtp(tx, org.id, await deliveryRow(id), otp!, 5)).toBe('ok');
      await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'delivered', actor: asCourier, location: { latitude: 41.3, longitude: 69.2 } });
    });

    const done = await deliveryRow(id);
    expect(done).toMatchObject({ status: 'delivered', courierFee: 350, dropoffLatitude: 41.3 });
    expect(await orderNow()).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });
    expect(await courierRow(courier.id)).toMatchObject({ status: 'available', totalEarnings: 350 });
    const history = await withPlatform((tx) => tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.deliveryId, id)));
    expect(history.map((h) => h.event).sort()).toEqual(['assigned', 'created', 'status_changed', 'status_changed', 'status_changed']);
  });
});
