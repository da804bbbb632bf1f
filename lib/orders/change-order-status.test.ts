import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { inventoryMovements, orderStatusHistory, stockLevels, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { setDeliverySettings } from '@/db/test/delivery-factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { changeOrderStatus, type OrderActor } from './change-order-status';

const staff: OrderActor = { type: 'staff', userId: null };
let org: Organization;
let warehouseId: string;

async function stockedProduct(quantity: number) {
  const { product, variant } = await createProduct(org);
  await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, quantity);
  return { product, variant };
}

const level = (variantId: string) =>
  withOrg(org.id, async (tx) => (await tx.select().from(stockLevels).where(and(eq(stockLevels.organizationId, org.id), eq(stockLevels.variantId, variantId))))[0]!);

const move = (orderId: string, to: Parameters<typeof changeOrderStatus>[2]['to']) =>
  withOrg(org.id, (tx) => changeOrderStatus(tx, org.id, { orderId, to, actor: staff }));

beforeAll(async () => {
  ({ org } = await createOrganization());
  // A store that ships by itself: its staff move orders out for delivery (no courier delivery is opened).
  await setDeliverySettings(org, { createOnPacked: false });
  warehouseId = (await createWarehouse(org, { isDefault: true })).id;
});

describe('changeOrderStatus', () => {
  it('walks an order from pending to delivered, turning the reservation into an OUT movement', async () => {
    const { product, variant } = await stockedProduct(5);
    const { order } = await createTestOrder(org, { lines: [{ product, variant, quantity: 2 }] });
    expect(await level(variant.id)).toMatchObject({ quantity: 5, reserved: 2, available: 3 });

    for (const to of ['confirmed', 'processing', 'packed', 'out_for_delivery', 'delivered'] as const) await move(order.id, to);

    expect(await level(variant.id)).toMatchObject({ quantity: 3, reserved: 0, available: 3 });
    const movements = await withOrg(org.id, (tx) => tx.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, variant.id)));
    expect(movements.filter((m) => m.type === 'out').map((m) => m.quantity)).toEqual([-2]);
    const history = await withOrg(org.id, (tx) => tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, order.id)).orderBy(orderStatusHistory.createdAt));
    expect(history.map((h) => h.toStatus)).toEqual(['pending', 'confirmed', 'processing', 'packed', 'out_for_delivery', 'delivered']);
  });

  it('releases the reserved stock when an order is cancelled, and voids an unpaid payment status', async () => {
    const { product, variant } = await stockedProduct(4);
    const { order } = await createTestOrder(org, { lines: [{ product, variant, quantity: 3 }] });
    const { order: cancelled } = await move(order.id, 'cancelled');
    expect(cancelled).toMatchObject({ status: 'cancelled', paymentStatus: 'voided' });
    expect(await level(variant.id)).toMatchObject({ quantity: 4, reserved: 0 });
  });

  it('refuses transitions the state machine does not allow, and changes nothing', async () => {
    const { product, variant } = await stockedProduct(4);
    const { order } = await createTestOrder(org, { lines: [{ product, variant, quantity: 1 }] });
    await expect(move(order.id, 'delivered')).rejects.toThrow(/cannot move to delivered/);
    await move(order.id, 'cancelled');
    await expect(move(order.id, 'confirmed')).rejects.toThrow(/cannot move to confirmed/);
    expect(await level(variant.id)).toMatchObject({ quantity: 4, reserved: 0 });
  });

  it('refuses an order of another organization as not found', async () => {
    const { product, variant } = await stockedProduct(2);
    const { order } = await createTestOrder(org, { lines: [{ product, variant, quantity: 1 }] });
    const { org: other } = await createOrganization();
    await expect(withOrg(other.id, (tx) => changeOrderStatus(tx, other.id, { orderId: order.id, to: 'cancelled', actor: staff }))).rejects.toThrow(/not found/);
  });
});
