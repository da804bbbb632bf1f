import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { deliveries, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createPackedOrder, createTestCourier } from '@/db/test/delivery-factories';
import { assignCourier } from '@/lib/delivery/deliveries/assign-courier';
import { changeDeliveryStatus } from '@/lib/delivery/deliveries/change-delivery-status';
import { stopBoss } from '@/lib/jobs/boss';
import { runQueuedJobs } from '@/lib/jobs/testing';
import { formatMoney } from '@/lib/money/money';
import { readRatingToken } from '@/lib/storefront/delivery-rating/rating-link';
import { enqueueDeliveryEmail } from './delivery-emails';

const staff = { type: 'staff', userId: null } as const;
let org: Organization;

beforeAll(async () => {
  ({ org } = await createOrganization({ timezone: 'Asia/Tashkent' }));
});
afterAll(() => stopBoss());

/** A cash-on-delivery order handed to "Aziz Karimov", walked to out for delivery; returns the dispatch result. */
async function dispatchedOrder() {
  const { courier } = await createTestCourier(org, { status: 'available' }, 'Aziz Karimov');
  const { order, delivery } = await createPackedOrder(org, { paymentMethod: 'cod' });
  const id = delivery!.id;
  const result = await withOrg(org.id, async (tx) => {
    await assignCourier(tx, org.id, { deliveryId: id, courierId: courier.id, actor: staff });
    await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'processing', actor: staff });
    return changeDeliveryStatus(tx, org.id, { deliveryId: id, to: 'dispatched', actor: staff });
  });
  return { order, delivery: result.delivery, otp: result.otp };
}

const sentTo = async (email: string, template: string) =>
  (await runQueuedJobs('send-email')).map((j) => j.data).filter((m) => m.to === email && m.template === template);

describe('delivery emails to the shopper', () => {
  it('tells the shopper at dispatch who brings the parcel, the cash to have ready, the code and the tracking link', async () => {
    const { order, delivery, otp } = await dispatchedOrder();
    expect(otp).toMatch(/^\d{6}$/);
    await withOrg(org.id, (tx) => tx.update(deliveries).set({ estimatedDeliveryAt: new Date('2030-05-01T10:00:00Z') }).where(eq(deliveries.id, delivery.id)));
    await enqueueDeliveryEmail('dispatched', { org, deliveryId: delivery.id, otp });

    const [mail, ...more] = await sentTo(order.email, 'delivery-dispatched');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`${org.name}: your order ${order.number} is on its way`);
    expect(mail!.html).toContain(`Your order ${order.number} is on its way`);
    expect(mail!.text).toContain('Aziz is bringing');
    expect(mail!.text).not.toContain('Karimov');
    expect(mail!.text).toContain('Estimated delivery: 1 May 2030, 15:00'); // the store's time zone (UTC+5)
    expect(mail!.text).toContain(otp!);
    expect(mail!.text).toContain('Give this code to the courier at the door; never share it otherwise.');
    expect(mail!.text).toContain(`Please have ${formatMoney(order.total, order.currency)} in cash ready`);
    expect(mail!.text).toContain(`http://${org.slug}.localhost:3000/track/${delivery.trackingNumber}`);
  });

  it('sends a new code when the store issues one', async () => {
    const { order, delivery } = await dispatchedOrder();
    await runQueuedJobs('send-email');
    await enqueueDeliveryEmail('code', { org, deliveryId: delivery.id, otp: '424242' });

    const [code] = await sentTo(order.email, 'delivery-dispatched');
    expect(code!.subject).toBe(`${org.name}: your new delivery code for order ${order.number}`);
    expect(code!.html).toContain('Your new delivery code');
    expect(code!.text).toContain('The previous one no longer works');
    expect(code!.text).toContain('424242');
  });

  it('says delivered with a link to rate the delivery', async () => {
    const { order, delivery } = await dispatchedOrder();
    await runQueuedJobs('send-email');
    await enqueueDeliveryEmail('delivered', { org, deliveryId: delivery.id, otp: null });

    const [mail] = await sentTo(order.email, 'delivery-delivered');
    expect(mail!.subject).toBe(`${org.name}: order ${order.number} was delivered`);
    expect(mail!.html).toContain('>Delivered</h1>');
    expect(mail!.text).toContain(`Order ${order.number} was delivered by Aziz.`);
    expect(mail!.text).toContain('Rate the delivery');
    // Guests too: the tracking page with a sealed grant to rate this one delivery.
    const link = mail!.text.match(/http:\/\/\S+\/track\/(TRK\w+)\?rate=(\S+)/);
    expect(link?.[1]).toBe(delivery.trackingNumber);
    expect(readRatingToken(decodeURIComponent(link![2]!), org.id)).toBe(delivery.id);
  });

  it('never throws: an unknown delivery, or another organization’s, is logged and nothing is sent', async () => {
    const { org: other } = await createOrganization();
    const { order, delivery } = await dispatchedOrder();
    await runQueuedJobs('send-email');
    await expect(enqueueDeliveryEmail('dispatched', { org, deliveryId: 'dlv_missing', otp: null })).resolves.toBeUndefined();
    await expect(enqueueDeliveryEmail('dispatched', { org: other, deliveryId: delivery.id, otp: '111111' })).resolves.toBeUndefined();
    expect(await sentTo(order.email, 'delivery-dispatched')).toEqual([]);
  });
});
