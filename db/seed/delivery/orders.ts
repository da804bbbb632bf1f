import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../client';
import { checkoutSettings, customers, deliveryTariffs, deliveryZones, orderItems, orders, orderStatusHistory, payments, stockLevels, type Order, type OrderAddress, type OrderPriceSnapshot, type Organization } from '../../schema';
import { itemRowsFromSnapshot } from '../checkout/orders';
import { deliveryOptions, pickZone } from '../../../lib/checkout/delivery-options';
import { priceOrder } from '../../../lib/checkout/pricing';
import { lockProductsForStock } from '../../../lib/inventory/reservations/lock-products';
import { reserveStock } from '../../../lib/inventory/reservations/reserve-stock';
import { sellableVariants } from '../checkout/catalog-lines';
import type { ShopperSpec } from '../checkout/types';

/** Variants with at least `units` available across the store's active warehouses, in the catalog's steady order. */
async function stockedVariants(tx: Tx, orgId: string, units: number) {
  const catalog = await sellableVariants(tx, orgId);
  const stock = await tx
    .select({ variantId: stockLevels.variantId, available: sql<number>`sum(${stockLevels.available})`.mapWith(Number) })
    .from(stockLevels)
    .where(eq(stockLevels.organizationId, orgId))
    .groupBy(stockLevels.variantId);
  const available = new Map(stock.map((s) => [s.variantId, s.available]));
  return catalog.filter((v) => v.requiresShipping && (available.get(v.variantId) ?? 0) >= units);
}

/**
 * A cash-on-delivery order placed by a demo shopper `placedAt` (pending, stock held, a pending
 * payment), priced the way checkout prices it, to the zone and tariff its address falls in. Null
 * when the store has nothing in stock or no zone for the address.
 */
export async function placeStoryOrder(
  tx: Tx,
  org: Organization,
  { number, index, shopper, placedAt, express }: { number: string; index: number; shopper: ShopperSpec; placedAt: Date; express: boolean },
): Promise<Order | null> {
  const catalog = await stockedVariants(tx, org.id, 2);
  const zones = await tx.select().from(deliveryZones).where(and(eq(deliveryZones.organizationId, org.id), isNull(deliveryZones.deletedAt)));
  const tariffs = await tx.select().from(deliveryTariffs).where(and(eq(deliveryTariffs.organizationId, org.id), isNull(deliveryTariffs.deletedAt)));
  const [settings] = await tx.select().from(checkoutSettings).where(eq(checkoutSettings.organizationId, org.id));
  const city = [...zones].sort((a, b) => a.sortOrder - b.sortOrder)[0]?.city;
  if (catalog.length === 0 || !city) return null;

  const address: OrderAddress = { fullName: shopper.name, phone: shopper.phone, country: org.address.country ?? '', city, district: shopper.district, street: shopper.street, postalCode: shopper.postalCode };
  const zone = pickZone(zones, address);
  if (!zone) return null;
  const picked = [...new Set([index * 5, index * 5 + 3].slice(0, 1 + (index % 2)).map((i) => catalog[i % catalog.length]!))];
  const lines = picked.map((v) => ({ productId: v.productId, variantId: v.variantId, name: v.name, variantName: v.variantName, sku: v.sku, quantity: 1, unitPrice: v.unitPrice, taxRateBps: v.taxRateBps, weightGrams: v.weightGrams }));
  const weightGrams = lines.reduce((s, l) => s + l.weightGrams, 0);
  const subtotal = lines.reduce((s, l) => s + l.unitPrice, 0);
  const options = deliveryOptions(tariffs, zone.id, { weightGrams, goodsAmount: subtotal, currency: org.defaultCurrency, locale: org.defaultLocale }).filter((o) => o.available);
  const option = (express ? options.find((o) => o.name === 'Express') : undefined) ?? options[0];
  if (!option) return null;
  const delivery: OrderPriceSnapshot['delivery'] = { method: 'delivery', zoneId: zone.id, zoneName: zone.name, tariffId: option.tariffId, tariffName: option.name, cost: option.cost, estimatedHours: option.estimatedHours, weightGrams };
  const snapshot = priceOrder({ currency: org.defaultCurrency, pricesIncludeTax: settings?.pricesIncludeTax ?? true, lines: lines.map(({ weightGrams: _w, ...l }) => l), coupon: null, delivery });
  const [customer] = await tx.select({ id: customers.id }).from(customers).where(and(eq(customers.organizationId, org.id), sql`lower(${customers.email}) = ${shopper.email.toLowerCase()}`));

  const [order] = await tx
    .insert(orders)
    .values({
      organizationId: org.id,
      number,
      customerId: customer?.id ?? null,
      email: shopper.email.toLowerCase(),
      phone: shopper.phone,
      customerName: shopper.name,
      status: 'pending',
      paymentStatus: 'pending',
      paymentMethod: 'cod',
      fulfilmentMethod: 'delivery',
      currency: org.defaultCurrency,
      subtotal: snapshot.subtotal,
      discountTotal: snapshot.discount,
      taxTotal: snapshot.tax,
      shippingTotal: snapshot.shipping,
      total: snapshot.total,
      pricesIncludeTax: snapshot.pricesIncludeTax,
      priceSnapshot: snapshot,
      shippingAddress: address,
      deliveryZoneId: zone.id,
      deliveryTariffId: option.tariffId,
      estimatedDeliveryHours: option.estimatedHours,
      customerNote: index % 3 === 1 ? 'Please call when you are downstairs.' : null,
      accessTokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
      createdAt: placedAt,
      updatedAt: placedAt,
    })
    .returning();
  const items = await tx
    .insert(orderItems)
    .values(itemRowsFromSnapshot(org.id, order!.id, snapshot, placedAt, (i) => ({ weightGrams: lines[i]!.weightGrams, requiresShipping: true })))
    .returning();
  await lockProductsForStock(tx, org.id, items.map((i) => i.productId));
  await reserveStock(
    tx,
    org.id,
    order!.id,
    items.map((i) => ({ orderItemId: i.id, productId: i.productId, variantId: i.variantId, quantity: i.quantity, allowBackorder: false, label: i.productName })),
  );
  await tx.insert(orderStatusHistory).values({ organizationId: org.id, orderId: order!.id, toStatus: 'pending', actorType: 'customer', createdAt: placedAt });
  await tx.insert(payments).values({ organizationId: org.id, orderId: order!.id, customerId: customer?.id ?? null, amount: snapshot.total, currency: org.defaultCurrency, method: 'cod', createdAt: placedAt, updatedAt: placedAt });
  return order!;
}

/** The shoppers' order count, spend and last order, from their orders that were not cancelled (as the checkout seed keeps them). */
export async function refreshCustomerTotals(tx: Tx, orgId: string, emails: string[]) {
  for (const email of emails) {
    await tx.execute(sql`
      update customers c set total_orders = s.n, total_spent = s.spent, last_order_at = s.last
      from (select count(*)::int as n, coalesce(sum(total), 0) as spent, max(created_at) as last
            from orders where organization_id = ${orgId} and lower(email) = ${email} and status <> 'cancelled') s
      where c.organization_id = ${orgId} and lower(c.email) = ${email}`);
  }
}
