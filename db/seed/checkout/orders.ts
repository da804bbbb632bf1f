import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../client';
import { withOrg } from '../../scope';
import {
  couponRedemptions,
  coupons,
  customers,
  inventoryMovements,
  orderItems,
  orderNotes,
  orders,
  orderStatusHistory,
  payments,
  stockLevels,
  stockReservations,
  type CheckoutSettings,
  type Coupon,
  type DeliveryTariff,
  type DeliveryZone,
  type OrderAddress,
  type OrderPriceSnapshot,
  type Organization,
} from '../../schema';
import { deliveryOptions, pickZone } from '../../../lib/checkout/delivery-options';
import { couponDiscount, priceOrder } from '../../../lib/checkout/pricing';
import { canTransition } from '../../../lib/orders/transitions';
import { sellableVariants, stockRowFor, type SellableVariant } from './catalog-lines';
import { ORDER_PLANS, timeline, type OrderPlan } from './plans';
import type { ShopperSpec } from './types';

const DAY = 86_400_000;
const NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A steady, human-friendly order number per demo order, so a second run finds what the first wrote. */
export function demoOrderNumber(orgSlug: string, index: number): string {
  const bytes = createHash('sha256').update(`${orgSlug}:demo-order:${index}`).digest();
  return Array.from(bytes.subarray(0, 6), (b) => NUMBER_ALPHABET[b % NUMBER_ALPHABET.length]).join('');
}

export type OrderSeedContext = {
  org: Organization;
  ownerId: string;
  settings: CheckoutSettings;
  zones: { zone: DeliveryZone; tariffs: DeliveryTariff[] }[];
  coupons: Coupon[];
  shoppers: ShopperSpec[];
  country: string;
};

async function ensureCustomer(tx: Tx, org: Organization, shopper: ShopperSpec, address: OrderAddress) {
  const [found] = await tx.select().from(customers).where(and(eq(customers.organizationId, org.id), sql`lower(${customers.email}) = ${shopper.email.toLowerCase()}`));
  if (found) return found;
  const [created] = await tx
    .insert(customers)
    .values({ organizationId: org.id, name: shopper.name, email: shopper.email.toLowerCase(), phone: shopper.phone, address: { street: address.street, city: address.city, postalCode: address.postalCode ?? undefined, country: address.country }, currency: org.defaultCurrency, source: 'storefront' })
    .returning();
  return created!;
}

/** 1–3 lines from the catalog, picked by the order's index, each with stock to cover it. */
function linesFor(catalog: SellableVariant[], index: number) {
  const count = 1 + (index % 3);
  const picked = new Map<string, { variant: SellableVariant; quantity: number }>();
  for (let k = 0; k < count && catalog.length > 0; k++) {
    const variant = catalog[(index * 7 + k * 11) % catalog.length]!;
    if (!picked.has(variant.variantId)) picked.set(variant.variantId, { variant, quantity: 1 + ((index + k) % 2) });
  }
  return [...picked.values()];
}

/** Holds, takes or notes the stock of one line the way the reservation verbs do for this status. */
async function settleStock(tx: Tx, ctx: OrderSeedContext, plan: OrderPlan, line: { orderId: string; orderItemId: string; productId: string; variantId: string; quantity: number }, reference: string) {
  const row = await stockRowFor(tx, ctx.org.id, line.variantId);
  if (!row || (plan.status !== 'cancelled' && row.available < line.quantity)) return false;
  const status = plan.status === 'delivered' ? 'fulfilled' : plan.status === 'cancelled' ? 'released' : 'active';
  if (status === 'active') {
    await tx.update(stockLevels).set({ reserved: sql`${stockLevels.reserved} + ${line.quantity}` }).where(eq(stockLevels.id, row.id));
  } else if (status === 'fulfilled') {
    const [level] = await tx.update(stockLevels).set({ quantity: sql`${stockLevels.quantity} - ${line.quantity}` }).where(eq(stockLevels.id, row.id)).returning({ quantity: stockLevels.quantity });
    await tx.insert(inventoryMovements).values({
      organizationId: ctx.org.id,
      productId: line.productId,
      variantId: line.variantId,
      warehouseId: row.warehouseId,
      type: 'out',
      quantity: -line.quantity,
      quantityAfter: level!.quantity,
      reason: 'Order delivered',
      reference,
      createdById: ctx.ownerId,
    });
  }
  await tx.insert(stockReservations).values({ organizationId: ctx.org.id, orderId: line.orderId, orderItemId: line.orderItemId, productId: line.productId, variantId: line.variantId, warehouseId: row.warehouseId, quantity: line.quantity, status });
  return true;
}

/** One demo order with its items, stock, coupon use, payment, history and note; false when it already exists or cannot be made. */
async function ensureOrder(tx: Tx, ctx: OrderSeedContext, catalog: SellableVariant[], index: number, plan: OrderPlan): Promise<boolean> {
  const { org } = ctx;
  const number = demoOrderNumber(org.slug, index);
  const [exists] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.organizationId, org.id), eq(orders.number, number)));
  if (exists) return false;

  const shopper = ctx.shoppers[index % ctx.shoppers.length]!;
  const city = ctx.zones[0]!.zone.city;
  const address: OrderAddress = { fullName: shopper.name, phone: shopper.phone, country: ctx.country, city, district: shopper.district, street: shopper.street, postalCode: shopper.postalCode };
  const pickup = Boolean(plan.pickup && ctx.settings.pickupEnabled);
  const match = pickup ? null : pickZone(ctx.zones.map((z) => z.zone), address);
  const zone = match ? ctx.zones.find((z) => z.zone.id === match.id)! : null;
  if (!pickup && !zone) return false;

  const lines = linesFor(catalog, index);
  if (lines.length === 0) return false;
  const pricingLines = lines.map(({ variant: v, quantity }) => ({ productId: v.productId, variantId: v.variantId, name: v.name, variantName: v.variantName, sku: v.sku, quantity, unitPrice: v.unitPrice, taxRateBps: v.taxRateBps }));
  const subtotal = pricingLines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  const couponRow = plan.coupon ? ctx.coupons.find((c) => c.code === plan.coupon && subtotal >= c.minOrderAmount) : undefined;
  const coupon = couponRow ? { id: couponRow.id, code: couponRow.code, type: couponRow.type, value: couponRow.value, maxDiscountAmount: couponRow.maxDiscountAmount } : null;
  const weightGrams = lines.reduce((s, l) => s + (l.variant.requiresShipping ? l.variant.weightGrams * l.quantity : 0), 0);

  let delivery: OrderPriceSnapshot['delivery'] = { method: 'pickup', cost: 0 };
  let tariff: DeliveryTariff | undefined;
  if (zone) {
    const options = deliveryOptions(zone.tariffs, zone.zone.id, { weightGrams, goodsAmount: subtotal - couponDiscount(subtotal, coupon), currency: org.defaultCurrency, locale: org.defaultLocale }).filter((o) => o.available);
    const option = (plan.express ? options.find((o) => o.name === 'Express') : undefined) ?? options[0];
    if (!option) return false;
    tariff = zone.tariffs.find((t) => t.id === option.tariffId)!;
    delivery = { method: 'delivery', zoneId: zone.zone.id, zoneName: zone.zone.name, tariffId: tariff.id, tariffName: tariff.name, cost: option.cost, estimatedHours: tariff.estimatedHours, weightGrams };
  }
  const snapshot = priceOrder({ currency: org.defaultCurrency, pricesIncludeTax: ctx.settings.pricesIncludeTax, lines: pricingLines, coupon, delivery });

  const placedAt = new Date(Date.now() - plan.daysAgo * DAY);
  const steps = timeline(plan, !pickup);
  const at = (ms: number) => new Date(placedAt.getTime() + ms);
  const stepAt = (to: string) => {
    const step = steps.find((s) => s.to === to);
    return step ? at(step.afterMs) : null;
  };
  const cancelled = plan.status === 'cancelled';
  const paid = plan.status === 'delivered' || (plan.payment === 'bank_transfer' && ['confirmed', 'packed'].includes(plan.status));
  const paidAt = plan.status === 'delivered' && plan.payment === 'cod' ? stepAt('delivered') : stepAt('confirmed');
  const customer = await ensureCustomer(tx, org, shopper, address);

  const [order] = await tx
    .insert(orders)
    .values({
      organizationId: org.id,
      number,
      customerId: customer.id,
      email: shopper.email.toLowerCase(),
      phone: shopper.phone,
      customerName: shopper.name,
      status: plan.status,
      paymentStatus: cancelled ? 'voided' : paid ? 'paid' : 'pending',
      paymentMethod: plan.payment,
      fulfilmentMethod: pickup ? 'pickup' : 'delivery',
      currency: org.defaultCurrency,
      subtotal: snapshot.subtotal,
      discountTotal: snapshot.discount,
      taxTotal: snapshot.tax,
      shippingTotal: snapshot.shipping,
      total: snapshot.total,
      pricesIncludeTax: snapshot.pricesIncludeTax,
      priceSnapshot: snapshot,
      shippingAddress: pickup ? null : address,
      deliveryZoneId: zone?.zone.id ?? null,
      deliveryTariffId: tariff?.id ?? null,
      estimatedDeliveryHours: tariff?.estimatedHours ?? null,
      couponId: coupon?.id ?? null,
      couponCode: coupon?.code ?? null,
      customerNote: index % 5 === 0 ? 'Please ring the bell, the intercom is broken.' : null,
      accessTokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
      confirmedAt: stepAt('confirmed'),
      deliveredAt: stepAt('delivered'),
      cancelledAt: stepAt('cancelled'),
      cancellationReason: cancelled ? (plan.cancelledBy === 'staff' ? 'Could not reach the customer to confirm the transfer.' : 'Ordered the wrong size.') : null,
      cancelledById: cancelled && plan.cancelledBy === 'staff' ? ctx.ownerId : null,
      createdAt: placedAt,
      updatedAt: at(steps.at(-1)!.afterMs),
    })
    .returning();
  const items = await tx
    .insert(orderItems)
    .values(itemRowsFromSnapshot(org.id, order!.id, snapshot, placedAt, (i) => lines[i]!.variant))
    .returning();
  for (const item of items) {
    const held = await settleStock(tx, ctx, plan, { orderId: order!.id, orderItemId: item.id, productId: item.productId, variantId: item.variantId, quantity: item.quantity }, `Order ${number}`);
    if (!held) throw new SkipOrder();
  }

  let from: string | null = null;
  for (const step of steps) {
    if (from !== null && !canTransition({ status: from as OrderPlan['status'], fulfilmentMethod: pickup ? 'pickup' : 'delivery' }, step.to)) {
      throw new Error(`Demo order ${number}: ${from} → ${step.to} is not an allowed transition`);
    }
    const byCustomer = step.to === 'pending' || (step.to === 'cancelled' && plan.cancelledBy === 'customer');
    await tx.insert(orderStatusHistory).values({
      organizationId: org.id,
      orderId: order!.id,
      fromStatus: from as OrderPlan['status'] | null,
      toStatus: step.to,
      actorType: byCustomer ? 'customer' : 'staff',
      changedById: byCustomer ? null : ctx.ownerId,
      reason: step.to === 'cancelled' ? order!.cancellationReason : null,
      createdAt: at(step.afterMs),
    });
    from = step.to;
  }

  await tx.insert(payments).values({
    organizationId: org.id,
    orderId: order!.id,
    customerId: customer.id,
    amount: snapshot.total,
    currency: org.defaultCurrency,
    method: plan.payment,
    status: cancelled ? 'cancelled' : paid ? 'completed' : 'pending',
    processedAt: paid ? paidAt : null,
    createdAt: placedAt,
    updatedAt: order!.updatedAt,
  });
  if (coupon) {
    await tx.insert(couponRedemptions).values({ organizationId: org.id, couponId: coupon.id, orderId: order!.id, customerId: customer.id, email: order!.email, discountAmount: snapshot.discount, currency: org.defaultCurrency, voidedAt: cancelled ? stepAt('cancelled') : null, createdAt: placedAt });
    if (!cancelled) await tx.update(coupons).set({ usedCount: sql`${coupons.usedCount} + 1` }).where(eq(coupons.id, coupon.id));
  }
  if (plan.note) await tx.insert(orderNotes).values({ organizationId: org.id, orderId: order!.id, body: plan.note, authorId: ctx.ownerId, createdAt: at(2 * 3_600_000) });
  return true;
}

/** A line's stock ran out (e.g. after many runs against a changed catalog): that order is left out. */
class SkipOrder extends Error {}

/** The customers' order count, spend and last order, from their orders that were not cancelled. */
async function refreshCustomerTotals(tx: Tx, orgId: string, emails: string[]) {
  for (const email of emails) {
    await tx.execute(sql`
      update customers c set
        total_orders = s.n, total_spent = s.spent, last_order_at = s.last
      from (select count(*)::int as n, coalesce(sum(total), 0) as spent, max(created_at) as last
            from orders where organization_id = ${orgId} and lower(email) = ${email} and status <> 'cancelled') s
      where c.organization_id = ${orgId} and lower(c.email) = ${email}`);
  }
}

/** The dozen demo orders of one store (see plans.ts), each in its own transaction. Returns how many were added. */
export async function ensureDemoOrders(ctx: OrderSeedContext): Promise<number> {
  const catalog = await withOrg(ctx.org.id, (tx) => sellableVariants(tx, ctx.org.id));
  let created = 0;
  for (const [index, plan] of ORDER_PLANS.entries()) {
    try {
      if (await withOrg(ctx.org.id, (tx) => ensureOrder(tx, ctx, catalog, index, plan))) created++;
    } catch (e) {
      if (!(e instanceof SkipOrder)) throw e;
    }
  }
  await withOrg(ctx.org.id, (tx) => refreshCustomerTotals(tx, ctx.org.id, ctx.shoppers.map((s) => s.email.toLowerCase())));
  return created;
}

/** Order item rows copying the frozen snapshot's lines (shared with the delivery demo's orders). */
export function itemRowsFromSnapshot(
  orgId: string,
  orderId: string,
  snapshot: OrderPriceSnapshot,
  placedAt: Date,
  shipping: (index: number) => { weightGrams: number | null; requiresShipping: boolean },
) {
  return snapshot.lines.map((l, i) => ({
    organizationId: orgId,
    orderId,
    productId: l.productId,
    variantId: l.variantId,
    productName: l.name,
    variantName: l.variantName,
    sku: l.sku,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    subtotal: l.subtotal,
    discountAmount: l.discount,
    taxRateBps: l.taxRateBps,
    taxAmount: l.tax,
    total: l.total,
    weightGrams: shipping(i).weightGrams,
    requiresShipping: shipping(i).requiresShipping,
    createdAt: placedAt,
  }));
}
