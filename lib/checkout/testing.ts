import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import {
  checkoutSettings,
  coupons,
  customers,
  deliveryTariffs,
  deliveryZones,
  orders,
  products,
  productVariants,
  stockLevels,
  type Organization,
} from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import type { StorefrontContext } from '@/lib/server/context';
import { placeOrder, type CheckoutShopper } from './place-order';
import { quoteCheckout } from './quote-checkout';
import type { PlaceOrderInput } from './schemas';

/** Test helpers for the checkout: a store with a default warehouse, and rows the checkout reads. */

export const guest: CheckoutShopper = { userId: null, customerId: null };

export function storefrontFor(org: Organization): StorefrontContext {
  return { org, host: 'x', tx: (fn) => withOrg(org.id, fn) };
}

export async function checkoutStore(settings: Partial<typeof checkoutSettings.$inferInsert> | null = null) {
  const { org } = await createOrganization();
  const warehouse = await createWarehouse(org, { isDefault: true });
  if (settings) await setCheckoutSettings(org, settings);
  return { org, ctx: storefrontFor(org), warehouseId: warehouse.id };
}

export async function setCheckoutSettings(org: Organization, values: Partial<typeof checkoutSettings.$inferInsert>) {
  await withOrg(org.id, (tx) =>
    tx
      .insert(checkoutSettings)
      .values({ organizationId: org.id, ...values })
      .onConflictDoUpdate({ target: checkoutSettings.organizationId, set: values }),
  );
}

export async function stockedProduct(
  store: { org: Organization; warehouseId: string },
  quantity: number,
  product: Partial<typeof products.$inferInsert> = {},
  variant: Partial<typeof productVariants.$inferInsert> = {},
) {
  const created = await createProduct(store.org, product, [{ name: 'Default', isDefault: true, ...variant }]);
  await setStock(store.org, { warehouseId: store.warehouseId, productId: created.product.id, variantId: created.variant.id }, quantity);
  return created;
}

export async function createZone(
  org: Organization,
  zone: Partial<typeof deliveryZones.$inferInsert> & { city: string },
  tariffs: (Partial<typeof deliveryTariffs.$inferInsert> & { baseCost: number })[] = [],
) {
  return withOrg(org.id, async (tx) => {
    const [z] = await tx.insert(deliveryZones).values({ organizationId: org.id, name: `Zone ${zone.city}`, ...zone }).returning();
    const t = tariffs.length
      ? await tx
          .insert(deliveryTariffs)
          .values(tariffs.map((t, i) => ({ organizationId: org.id, zoneId: z!.id, name: `Tariff ${i + 1}`, currency: org.defaultCurrency, sortOrder: i, ...t })))
          .returning()
      : [];
    return { zone: z!, tariffs: t };
  });
}

export async function createCoupon(org: Organization, values: Partial<typeof coupons.$inferInsert> & { code: string; type: 'percentage' | 'fixed_amount' | 'free_shipping' }) {
  const [row] = await withOrg(org.id, (tx) =>
    tx.insert(coupons).values({ organizationId: org.id, name: values.code, currency: org.defaultCurrency, ...values }).returning(),
  );
  return row!;
}

export const address = (city = 'Springfield', extra: Partial<NonNullable<PlaceOrderInput['shippingAddress']>> = {}) => ({
  fullName: 'Ada Shopper',
  phone: '+1 212 555 0100',
  country: 'US',
  city,
  street: '1 Main St',
  ...extra,
});

/** A pick-up, cash-on-delivery order input for these lines (expectedTotal to be filled). */
export function pickupOrder(lines: { variantId: string; quantity: number }[], extra: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    contact: { email: 'ada@example.test', name: 'Ada Shopper', phone: '+1 212 555 0100' },
    fulfilment: 'pickup',
    paymentMethod: 'cod',
    lines,
    expectedTotal: 0,
    ...extra,
  };
}

/** As the checkout does it: quote, then place at the quoted total. */
export async function quoteAndPlace(ctx: StorefrontContext, input: PlaceOrderInput, shopper: CheckoutShopper = guest) {
  const quote = await quoteCheckout(ctx, {
    lines: input.lines,
    fulfilment: input.fulfilment,
    address: input.shippingAddress ?? null,
    tariffId: input.tariffId ?? null,
    couponCode: input.couponCode ?? null,
    email: input.contact.email,
    customerId: shopper.customerId,
  });
  return placeOrder(ctx, { ...input, expectedTotal: quote.snapshot.total }, shopper);
}

export async function stockOf(org: Organization, variantId: string) {
  return withOrg(org.id, async (tx) => {
    const rows = await tx.select().from(stockLevels).where(and(eq(stockLevels.organizationId, org.id), eq(stockLevels.variantId, variantId)));
    return rows.reduce((s, r) => ({ quantity: s.quantity + r.quantity, reserved: s.reserved + r.reserved, available: s.available + r.available }), { quantity: 0, reserved: 0, available: 0 });
  });
}

export async function countRows(org: Organization) {
  return withOrg(org.id, async (tx) => ({
    orders: (await tx.select({ id: orders.id }).from(orders)).length,
    customers: await tx.select({ id: customers.id, totalOrders: customers.totalOrders }).from(customers),
  }));
}
