import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { customers, deliveryStatusHistory, orders, type Organization, type User } from '@/db/schema';
import { createOrganization, createUser } from '@/db/test/factories';
import { courierRow, createPackedOrder, createTestCourier, deliveryRow, setDeliverySettings } from '@/db/test/delivery-factories';
import { assignCourier } from '@/lib/delivery/deliveries/assign-courier';
import { changeDeliveryStatus } from '@/lib/delivery/deliveries/change-delivery-status';
import { resolveStorefront } from '@/lib/server/context';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { getCustomerOrder } from '@/lib/storefront/orders/get-customer-order';
import { getOrderByToken } from '@/lib/storefront/orders/get-order-by-token';
import { rateDelivery } from './rate-delivery';
import { ratingToken } from './rating-link';
import { RateDeliveryInput } from './schemas';

const staff = { type: 'staff', userId: null } as const;
const meta = { ipAddress: null, userAgent: 'vitest' };
let a: Organization;
let b: Organization;

async function shopAt(org: Organization, user: User | null = null): Promise<ShopperSessionContext> {
  const resolved = await resolveStorefront(`${org.slug}.localhost:3000`);
  if (resolved.status !== 'ok') throw new Error(`store ${org.slug} is ${resolved.status}`);
  return { ...resolved.ctx, meta, user };
}

beforeAll(async () => {
  ({ org: a } = await createOrganization());
  ({ org: b } = await createOrganization());
  await setDeliverySettings(a, { proofRequirement: 'none' });
  await setDeliverySettings(b, { proofRequirement: 'none' });
});

/** An order of `org` taken out by `courierId`, stopped at `to`. */
async function deliveryFor(org: Organization, courierId: string, to: 'processing' | 'dispatched' | 'delivered' = 'delivered') {
  const { order, accessToken, delivery } = await createPackedOrder(org);
  const id = delivery!.id;
  await withOrg(org.id, async (tx) => {
    await assignCourier(tx, org.id, { deliveryId: id, courierId, actor: staff });
    for (const step of ['processing', 'dispatched', 'delivered'] as const) {
      await changeDeliveryStatus(tx, org.id, { deliveryId: id, to: step, actor: staff });
      if (step === to) break;
    }
  });
  return { order, accessToken, deliveryId: id };
}

describe('rating a delivery', () => {
  it('rates through the delivered email’s link (guests), which grants that delivery in that store only', async () => {
    const { courier } = await createTestCourier(a, { status: 'available' });
    const { deliveryId } = await deliveryFor(a, courier.id);
    const token = ratingToken(a.id, deliveryId);
    await expect(rateDelivery(await shopAt(b), { access: { ratingToken: token }, stars: 5, feedback: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rateDelivery(await shopAt(a), { access: { ratingToken: token.replace(/\.(.)/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`) }, stars: 5, feedback: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const expired = ratingToken(a.id, deliveryId, new Date(Date.now() - 61 * 86_400_000));
    await expect(rateDelivery(await shopAt(a), { access: { ratingToken: expired }, stars: 5, feedback: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await rateDelivery(await shopAt(a), { access: { ratingToken: token }, stars: 5, feedback: null })).toMatchObject({ stars: 5 });
    expect(await courierRow(courier.id)).toMatchObject({ ratingSum: 5, ratingCount: 1 });
    await expect(rateDelivery(await shopAt(a), { access: { ratingToken: token }, stars: 1, feedback: null })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rates a delivered delivery once from the order link, adds to the courier’s rating and writes its history', async () => {
    const { courier } = await createTestCourier(a, { status: 'available' });
    const { accessToken, deliveryId } = await deliveryFor(a, courier.id);
    const shop = await shopAt(a);

    const rating = await rateDelivery(shop, { access: { token: accessToken }, stars: 4, feedback: 'Friendly, a bit late' });
    expect(rating).toMatchObject({ stars: 4, feedback: 'Friendly, a bit late' });
    expect(await deliveryRow(deliveryId)).toMatchObject({ ratingStars: 4, ratingFeedback: 'Friendly, a bit late' });
    expect(await courierRow(courier.id)).toMatchObject({ ratingSum: 4, ratingCount: 1 });
    const history = await withPlatform((tx) =>
      tx.select().from(deliveryStatusHistory).where(and(eq(deliveryStatusHistory.deliveryId, deliveryId), eq(deliveryStatusHistory.event, 'rated'))),
    );
    expect(history).toMatchObject([{ actorType: 'customer', courierId: courier.id }]);

    await expect(rateDelivery(shop, { access: { token: accessToken }, stars: 1, feedback: null })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'You have already rated this delivery.',
    });
    expect(await courierRow(courier.id)).toMatchObject({ ratingSum: 4, ratingCount: 1 });
    expect(await getOrderByToken(shop, { token: accessToken })).toMatchObject({ delivery: { status: 'delivered', rating: { stars: 4 } } });
  });

  it('counts one of two ratings sent at the same time', async () => {
    const { courier } = await createTestCourier(a, { status: 'available' });
    const { accessToken } = await deliveryFor(a, courier.id);
    const results = await Promise.allSettled([5, 1].map(async (stars) => rateDelivery(await shopAt(a), { access: { token: accessToken }, stars, feedback: null })));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await courierRow(courier.id)).toMatchObject({ ratingCount: 1 });
  });

  it('changes the courier’s average with each rating', async () => {
    const { courier } = await createTestCourier(a, { status: 'available' });
    const first = await deliveryFor(a, courier.id);
    const second = await deliveryFor(a, courier.id);
    await rateDelivery(await shopAt(a), { access: { token: first.accessToken }, stars: 5, feedback: null });
    await rateDelivery(await shopAt(a), { access: { token: second.accessToken }, stars: 2, feedback: null });
    const after = await courierRow(courier.id);
    expect(after.ratingSum / after.ratingCount).toBe(3.5);
  });

  it('is refused before the parcel is delivered', async () => {
    const { courier } = await createTestCourier(a, { status: 'available' });
    const { accessToken, deliveryId } = await deliveryFor(a, courier.id, 'dispatched');
    await expect(rateDelivery(await shopAt(a), { access: { token: accessToken }, stars: 5, feedback: null })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await deliveryRow(deliveryId)).ratedAt).toBeNull();
    expect(await getOrderByToken(await shopAt(a), { token: accessToken })).toMatchObject({ delivery: { status: 'dispatched', rating: null } });
  });

  it('cannot be done with another store’s order link', async () => {
    const { courier } = await createTestCourier(a, { status: 'available' });
    const { accessToken, deliveryId } = await deliveryFor(a, courier.id);
    await expect(rateDelivery(await shopAt(b), { access: { token: accessToken }, stars: 1, feedback: 'spam' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await deliveryRow(deliveryId)).ratedAt).toBeNull();
    expect(await courierRow(courier.id)).toMatchObject({ ratingCount: 0 });
  });

  it('works from the signed-in shopper’s account, for their own order only', async () => {
    const { courier } = await createTestCourier(a, { status: 'available' });
    const { order } = await deliveryFor(a, courier.id);
    const shopper = await createUser();
    const stranger = await createUser();
    await withOrg(a.id, async (tx) => {
      const [customer] = await tx.insert(customers).values({ organizationId: a.id, userId: shopper.id, name: 'Shopper', email: shopper.email, currency: a.defaultCurrency }).returning();
      await tx.update(orders).set({ customerId: customer!.id }).where(eq(orders.id, order.id));
      await tx.insert(customers).values({ organizationId: a.id, userId: stranger.id, name: 'Stranger', email: stranger.email, currency: a.defaultCurrency });
    });

    await expect(rateDelivery(await shopAt(a, stranger), { access: { number: order.number }, stars: 1, feedback: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rateDelivery(await shopAt(a, null), { access: { number: order.number }, stars: 1, feedback: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await rateDelivery(await shopAt(a, shopper), { access: { number: order.number.toLowerCase() }, stars: 5, feedback: null });
    expect(await getCustomerOrder(await shopAt(a, shopper), { number: order.number })).toMatchObject({ delivery: { rating: { stars: 5, feedback: null } } });
  });

  it('takes 1 to 5 stars and at most 1000 characters of feedback', () => {
    const access = { token: 'x' };
    expect(RateDeliveryInput.safeParse({ access, stars: '3', feedback: '  ' }).data).toMatchObject({ stars: 3, feedback: null });
    expect(RateDeliveryInput.safeParse({ access, stars: 0 }).success).toBe(false);
    expect(RateDeliveryInput.safeParse({ access, stars: 6 }).success).toBe(false);
    expect(RateDeliveryInput.safeParse({ access, stars: 2.5 }).success).toBe(false);
    expect(RateDeliveryInput.safeParse({ access, stars: 5, feedback: 'x'.repeat(1001) }).error?.issues[0]?.path).toEqual(['feedback']);
  });
});
