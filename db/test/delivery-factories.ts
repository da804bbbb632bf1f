import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '../scope';
import { couriers, deliveries, deliverySettings, type Courier, type Delivery, type Organization, type OrderStatus, type PaymentMethod, warehouses } from '../schema';
import { changeOrderStatus } from '../../lib/orders/change-order-status';
import { addMember, createUser } from './factories';
import { createProduct, createWarehouse, setStock } from './catalog-factories';
import { createTestOrder } from './order-factories';

/** A courier member with their profile; `profile` overrides (phone, fee, status, last position). */
export async function createTestCourier(org: Organization, profile: Partial<typeof couriers.$inferInsert> = {}, name = 'Test Courier') {
  const user = await addMember(org, 'courier', await createUser({ name }));
  const courier = await withOrg(org.id, async (tx) => {
    const [row] = await tx
      .update(couriers)
      .set({ phone: '+10000000001', ...profile })
      .where(and(eq(couriers.organizationId, org.id), eq(couriers.userId, user.id)))
      .returning();
    return row!;
  });
  return { user, courier };
}

export async function setDeliverySettings(org: Organization, values: Partial<typeof deliverySettings.$inferInsert>) {
  await withOrg(org.id, (tx) =>
    tx
      .insert(deliverySettings)
      .values({ organizationId: org.id, ...values })
      .onConflictDoUpdate({ target: deliverySettings.organizationId, set: values }),
  );
}

const PATH: OrderStatus[] = ['confirmed', 'processing', 'packed'];

/**
 * A placed delivery order (one product with stock in a warehouse), walked to `orderStatus` by
 * staff. Packing it opens its delivery (the default setting), which is returned with it.
 */
export async function createPackedOrder(
  org: Organization,
  { paymentMethod = 'cod', orderStatus = 'packed', quantity = 1 }: { paymentMethod?: PaymentMethod; orderStatus?: 'confirmed' | 'processing' | 'packed'; quantity?: number } = {},
) {
  const warehouse = (await defaultWarehouse(org)) ?? (await createWarehouse(org, { isDefault: true, latitude: 41.3111, longitude: 69.2797 }));
  const { product, variant } = await createProduct(org, { name: 'Parcel' });
  await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, 10);
  const { order, accessToken } = await createTestOrder(org, { lines: [{ product, variant, quantity }], paymentMethod });
  await withOrg(org.id, async (tx) => {
    for (const to of PATH.slice(0, PATH.indexOf(orderStatus) + 1)) {
      await changeOrderStatus(tx, org.id, { orderId: order.id, to, actor: { type: 'staff', userId: null } });
    }
  });
  const delivery = await deliveryOfOrder(order.id);
  return { order, accessToken, warehouse, product, variant, delivery };
}

async function defaultWarehouse(org: Organization) {
  const [row] = await withOrg(org.id, (tx) => tx.select().from(warehouses).where(and(eq(warehouses.organizationId, org.id), eq(warehouses.isDefault, true))));
  return row;
}

/** The newest delivery of an order, read past RLS (tests only). */
export async function deliveryOfOrder(orderId: string): Promise<Delivery | undefined> {
  const rows = await withPlatform((tx) => tx.select().from(deliveries).where(eq(deliveries.orderId, orderId)).orderBy(deliveries.createdAt));
  return rows.at(-1);
}

export async function deliveryRow(id: string): Promise<Delivery> {
  const [row] = await withPlatform((tx) => tx.select().from(deliveries).where(eq(deliveries.id, id)));
  return row!;
}

export async function courierRow(id: string): Promise<Courier> {
  const [row] = await withPlatform((tx) => tx.select().from(couriers).where(eq(couriers.id, id)));
  return row!;
}
