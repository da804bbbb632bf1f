import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { orders, stockLevels, warehouses, type Order, type Organization } from '@/db/schema';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';

/** A store's default warehouse (made on first use) and a new product with `quantity` in stock there. */
export async function stockedStore(org: Organization, quantity = 1000, productOverrides: Parameters<typeof createProduct>[1] = {}) {
  const [existing] = await withOrg(org.id, (tx) =>
    tx.select().from(warehouses).where(and(eq(warehouses.organizationId, org.id), eq(warehouses.isDefault, true))),
  );
  const warehouse = existing ?? (await createWarehouse(org, { isDefault: true }));
  const { product, variant } = await createProduct(org, productOverrides);
  await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, quantity);
  return { warehouse, product, variant };
}

type Stocked = Awaited<ReturnType<typeof stockedStore>>;

/** A placed order of `quantity` units, then its columns set as given (test setup, no verbs). */
export async function placedOrder(
  org: Organization,
  { product, variant }: Pick<Stocked, 'product' | 'variant'>,
  { quantity = 1, paymentMethod = 'cod', email, set = {} }: { quantity?: number; paymentMethod?: Order['paymentMethod']; email?: string; set?: Partial<typeof orders.$inferInsert> } = {},
): Promise<Order> {
  const { order } = await createTestOrder(org, { lines: [{ product, variant, quantity }], paymentMethod, email });
  if (Object.keys(set).length === 0) return order;
  const [updated] = await withOrg(org.id, (tx) => tx.update(orders).set(set).where(and(eq(orders.organizationId, org.id), eq(orders.id, order.id))).returning());
  return updated!;
}

export async function stockLevelOf(org: Organization, variantId: string) {
  const [row] = await withOrg(org.id, (tx) => tx.select().from(stockLevels).where(and(eq(stockLevels.organizationId, org.id), eq(stockLevels.variantId, variantId))));
  return row!;
}
