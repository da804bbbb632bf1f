import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveries, deliveryZones, orderItems, stockReservations, warehouses, type Delivery, type Order } from '@/db/schema';
import { lockOrder } from '@/lib/orders/lock-order';
import { conflict } from '@/lib/server/errors';
import { writeDeliveryHistory, type DeliveryActor } from './history';
import { insertDeliveryWithTrackingNumber } from './tracking-number';
import { OPEN_DELIVERY_STATUSES } from './transitions';

/** Order statuses a delivery can be opened for: the store has the order and has not shipped it. */
const DELIVERABLE: readonly Order['status'][] = ['confirmed', 'processing', 'packed'];

export async function findOpenDelivery(tx: Tx, orgId: string, orderId: string): Promise<Delivery | undefined> {
  const [row] = await tx
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.orderId, orderId), inArray(deliveries.status, [...OPEN_DELIVERY_STATUSES])));
  return row;
}

/** The warehouse holding most of the order's units (its stock was reserved there), else the default one. */
async function pickupWarehouse(tx: Tx, orgId: string, orderId: string) {
  const [fromStock] = await tx
    .select({ id: warehouses.id, name: warehouses.name, latitude: warehouses.latitude, longitude: warehouses.longitude })
    .from(stockReservations)
    .innerJoin(warehouses, and(eq(warehouses.organizationId, stockReservations.organizationId), eq(warehouses.id, stockReservations.warehouseId)))
    .where(and(eq(stockReservations.organizationId, orgId), eq(stockReservations.orderId, orderId)))
    .groupBy(warehouses.id)
    .orderBy(desc(sql`sum(${stockReservations.quantity})`), warehouses.id)
    .limit(1);
  if (fromStock) return fromStock;
  const [fallback] = await tx
    .select({ id: warehouses.id, name: warehouses.name, latitude: warehouses.latitude, longitude: warehouses.longitude })
    .from(warehouses)
    .where(and(eq(warehouses.organizationId, orgId), eq(warehouses.isDefault, true), sql`${warehouses.deletedAt} is null`))
    .limit(1);
  return fallback ?? null;
}

async function zoneCentre(tx: Tx, orgId: string, zoneId: string | null) {
  if (!zoneId) return null;
  const [zone] = await tx
    .select({ latitude: deliveryZones.latitude, longitude: deliveryZones.longitude })
    .from(deliveryZones)
    .where(and(eq(deliveryZones.organizationId, orgId), eq(deliveryZones.id, zoneId)));
  return zone ?? null;
}

/**
 * Opens the delivery of an order (when it is packed, or by hand): a fresh tracking number, the
 * address and items copied from the order, the cash to collect for an unpaid cash-on-delivery
 * order, and the estimated time from the zone tariff. Locks the order first, so two attempts
 * for one order serialise and the second is refused.
 */
export async function createDeliveryForOrder(
  tx: Tx,
  orgId: string,
  input: { orderId: string; actor: DeliveryActor; specialInstructions?: string | null; now?: Date },
): Promise<Delivery> {
  const order = await lockOrder(tx, orgId, input.orderId);
  if (order.fulfilmentMethod !== 'delivery' || !order.shippingAddress) {
    throw conflict(`Order ${order.number} is collected at the store, so it has no delivery.`);
  }
  if (!DELIVERABLE.includes(order.status)) {
    throw conflict(`Order ${order.number} is ${order.status.replaceAll('_', ' ')}; a delivery can be created once it is confirmed and until it leaves.`);
  }
  const open = await findOpenDelivery(tx, orgId, order.id);
  if (open) throw conflict(`Order ${order.number} already has delivery ${open.trackingNumber}.`);

  const items = await tx
    .select({ name: orderItems.productName, variantName: orderItems.variantName, sku: orderItems.sku, quantity: orderItems.quantity })
    .from(orderItems)
    .where(and(eq(orderItems.organizationId, orgId), eq(orderItems.orderId, order.id)))
    .orderBy(orderItems.id);
  const [warehouse, zone] = await Promise.all([pickupWarehouse(tx, orgId, order.id), zoneCentre(tx, orgId, order.deliveryZoneId)]);
  const now = input.now ?? new Date();
  const collectCash = order.paymentMethod === 'cod' && order.paymentStatus !== 'paid';

  const delivery = await insertDeliveryWithTrackingNumber(tx, {
    organizationId: orgId,
    orderId: order.id,
    address: order.shippingAddress,
    items,
    specialInstructions: input.specialInstructions?.trim() || order.shippingAddress.instructions || order.customerNote || null,
    pickupWarehouseId: warehouse?.id ?? null,
    pickupLabel: warehouse?.name ?? null,
    pickupLatitude: warehouse?.latitude ?? null,
    pickupLongitude: warehouse?.longitude ?? null,
    dropoffLatitude: zone?.latitude ?? null,
    dropoffLongitude: zone?.longitude ?? null,
    zoneId: order.deliveryZoneId,
    codAmount: collectCash ? order.total - order.refundedTotal : 0,
    currency: order.currency,
    estimatedDeliveryAt: order.estimatedDeliveryHours != null ? new Date(now.getTime() + order.estimatedDeliveryHours * 3_600_000) : null,
    createdAt: now,
  });
  await writeDeliveryHistory(tx, orgId, { deliveryId: delivery.id, event: 'created', toStatus: 'pending', actor: input.actor });
  return delivery;
}
