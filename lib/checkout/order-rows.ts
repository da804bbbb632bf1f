import 'server-only';
import type { OrderAddress, OrderPriceSnapshot, orderItems, orders } from '@/db/schema';
import { newId } from '@/lib/ids';
import type { PricedLine } from './compute-quote';
import type { ParsedPlaceOrderInput } from './schemas';

/** The order columns copied out of its price snapshot (lists and filters read them). */
export function orderTotals(snapshot: OrderPriceSnapshot) {
  const delivery = snapshot.delivery.method === 'delivery' ? snapshot.delivery : null;
  return {
    subtotal: snapshot.subtotal,
    discountTotal: snapshot.discount,
    taxTotal: snapshot.tax,
    shippingTotal: snapshot.shipping,
    total: snapshot.total,
    pricesIncludeTax: snapshot.pricesIncludeTax,
    priceSnapshot: snapshot,
    deliveryZoneId: delivery?.zoneId ?? null,
    deliveryTariffId: delivery?.tariffId ?? null,
    estimatedDeliveryHours: delivery?.estimatedHours ?? null,
    couponId: snapshot.coupon?.id ?? null,
    couponCode: snapshot.coupon?.code ?? null,
  };
}

export function orderValues(
  orgId: string,
  input: ParsedPlaceOrderInput,
  snapshot: OrderPriceSnapshot,
  extra: { customerId: string; accessTokenHash: string; paymentDueAt: Date | null; placedByUserId: string | null; createdAt: Date; updatedAt: Date },
): Omit<typeof orders.$inferInsert, 'number'> {
  const address: OrderAddress | null = snapshot.delivery.method === 'delivery' ? input.shippingAddress : null;
  return {
    organizationId: orgId,
    email: input.contact.email,
    phone: input.contact.phone,
    customerName: input.contact.name,
    status: 'pending',
    paymentStatus: 'pending',
    paymentMethod: input.paymentMethod,
    fulfilmentMethod: input.fulfilment,
    currency: snapshot.currency,
    ...orderTotals(snapshot),
    shippingAddress: address,
    billingAddress: address,
    customerNote: input.customerNote,
    ...extra,
  };
}

/** Items with their name, SKU, image and price snapshots; ids made here so writes can be issued together. */
export function itemValues(orgId: string, orderId: string, lines: PricedLine[], snapshot: OrderPriceSnapshot) {
  return lines.map((line, i) => {
    const priced = snapshot.lines[i]!;
    return {
      id: newId('oit'),
      organizationId: orgId,
      orderId,
      productId: line.productId,
      variantId: line.variantId,
      productName: line.name,
      variantName: line.variantName,
      sku: line.sku,
      optionValues: line.optionValues,
      imageKey: line.imageKey,
      quantity: line.quantity,
      unitPrice: priced.unitPrice,
      subtotal: priced.subtotal,
      discountAmount: priced.discount,
      taxRateBps: priced.taxRateBps,
      taxAmount: priced.tax,
      total: priced.total,
      weightGrams: line.weightGrams ?? line.productWeightGrams,
      requiresShipping: line.requiresShipping,
    } satisfies typeof orderItems.$inferInsert;
  });
}
