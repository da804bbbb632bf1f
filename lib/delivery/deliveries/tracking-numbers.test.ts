import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveries, orders, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createPackedOrder, deliveryOfOrder } from '@/db/test/delivery-factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { createDeliveryForOrder } from './create-delivery';
import { insertDeliveryWithTrackingNumber, TRACKING_NUMBER_PATTERN } from './tracking-number';

const staff = { type: 'staff', userId: null } as const;

const open = (org: Organization, orderId: string) => withOrg(org.id, (tx) => createDeliveryForOrder(tx, org.id, { orderId, actor: staff }));

const deliveriesOf = (orderId: string) => withPlatform((tx) => tx.select().from(deliveries).where(eq(deliveries.orderId, orderId)));

/** `n` delivery orders without a delivery yet (confirmed unless told), cheaply: one product with enough stock. */
async function confirmedOrders(org: Organization, n: number, { confirm = true } = {}) {
  const warehouse = await createWarehouse(org);
  const { product, variant } = await createProduct(org);
  await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, n);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { order } = await createTestOrder(org, { lines: [{ product, variant, quantity: 1 }] });
    if (confirm) await withOrg(org.id, (tx) => changeOrderStatus(tx, org.id, { orderId: order.id, to: 'confirmed', actor: staff }));
    ids.push(order.id);
  }
  return ids;
}

describe('tracking numbers', () => {
  it('stay unique and well-formed when 40 deliveries are opened at once in two organizations', async () => {
    const { org: a } = await createOrganization();
    const { org: b } = await createOrganization();
    const [ordersA, ordersB] = await Promise.all([confirmedOrders(a, 20), confirmedOrders(b, 20)]);
    const created = await Promise.all([...ordersA.map((id) => open(a, id)), ...ordersB.map((id) => open(b, id))]);

    const numbers = created.map((d) => d.trackingNumber);
    expect(new Set(numbers).size).toBe(40);
    for (const n of numbers) expect(n).toMatch(TRACKING_NUMBER_PATTERN);
    expect(created.filter((d) => d.organizationId === a.id)).toHaveLength(20);
    const stored = await withPlatform((tx) => tx.select({ n: deliveries.trackingNumber }).from(deliveries));
    expect(new Set(stored.map((r) => r.n)).size).toBe(stored.length);
  });

  it('draws again when the number is already taken, also by another organization it cannot see', async () => {
    const { org: a } = await createOrganization();
    const { org: b } = await createOrganization();
    const taken = (await createPackedOrder(a)).delivery!.trackingNumber;
    const [orderB] = await confirmedOrders(b, 1);
    const [order] = await withPlatform((tx) => tx.select().from(orders).where(eq(orders.id, orderB!)));

    const drawn: string[] = [];
    const draws = [taken, 'TRK23456789'];
    const row = await withOrg(b.id, async (tx) => {
      // Org B's transaction cannot see org A's delivery, yet the platform-wide key still applies.
      expect(await tx.select().from(deliveries).where(eq(deliveries.trackingNumber, taken))).toEqual([]);
      return insertDeliveryWithTrackingNumber(
        tx,
        { organizationId: b.id, orderId: order!.id, address: order!.shippingAddress!, items: [], currency: order!.currency },
        () => {
          const next = draws[drawn.length]!;
          drawn.push(next);
          return next;
        },
      );
    });
    expect(drawn).toEqual([taken, 'TRK23456789']);
    expect(row).toMatchObject({ trackingNumber: 'TRK23456789', organizationId: b.id });
  });

  it('gives up with an error after ten numbers in a row are taken, writing nothing', async () => {
    const { org: a } = await createOrganization();
    const taken = (await createPackedOrder(a)).delivery!.trackingNumber;
    const [orderId] = await confirmedOrders(a, 1);
    const [order] = await withPlatform((tx) => tx.select().from(orders).where(eq(orders.id, orderId!)));
    let calls = 0;
    await expect(
      withOrg(a.id, (tx) =>
        insertDeliveryWithTrackingNumber(tx, { organizationId: a.id, orderId: order!.id, address: order!.shippingAddress!, items: [], currency: order!.currency }, () => {
          calls++;
          return taken;
        }),
      ),
    ).rejects.toThrow(/No free tracking number/);
    expect(calls).toBe(10);
    expect(await deliveriesOf(order!.id)).toEqual([]);
  });

  it('opens one delivery when two requests for the same order race; the other is refused', async () => {
    const { org } = await createOrganization();
    const [orderId] = await confirmedOrders(org, 1);
    const results = await Promise.allSettled([open(org, orderId!), open(org, orderId!)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already has delivery TRK/) });
    expect(await deliveriesOf(orderId!)).toHaveLength(1);
  });

  it('refuses pick-up orders and orders the store has not confirmed or has already sent', async () => {
    const { org } = await createOrganization();
    const [pendingId] = await confirmedOrders(org, 1, { confirm: false });
    await expect(open(org, pendingId!)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/pending/) });

    const [pickupId] = await confirmedOrders(org, 1);
    await withPlatform((tx) => tx.update(orders).set({ fulfilmentMethod: 'pickup', shippingAddress: null }).where(eq(orders.id, pickupId!)));
    await expect(open(org, pickupId!)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/collected at the store/) });

    const { order: cancelled } = await createPackedOrder(org, { orderStatus: 'confirmed' });
    await withOrg(org.id, (tx) => changeOrderStatus(tx, org.id, { orderId: cancelled.id, to: 'cancelled', actor: staff }));
    await expect(open(org, cancelled.id)).rejects.toMatchObject({ code: 'CONFLICT' });

    for (const id of [pendingId!, pickupId!, cancelled.id]) expect(await deliveryOfOrder(id)).toBeUndefined();
  });
});
