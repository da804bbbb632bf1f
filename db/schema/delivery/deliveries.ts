import { sql } from 'drizzle-orm';
import { check, doublePrecision, foreignKey, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { currency, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { orders, type OrderAddress } from '../orders/orders';
import { warehouses } from '../inventory/warehouses';
import { couriers } from './couriers';
import { DELIVERY_STATUSES } from '../values';

export const deliveryStatus = pgEnum('delivery_status', DELIVERY_STATUSES);

/** A parcel line as the courier sees it (copied from the order when the delivery is created). */
export type DeliveryItem = { name: string; variantName: string | null; sku: string | null; quantity: number };

/**
 * Taking one order to its shopper (seeds 001 deliveries, 003 delivery OTP and rating).
 * `tracking_number` is `TRK` + 8 characters, unique across the platform (the public tracking
 * page finds it by that alone). An order has at most one open delivery; a returned one can be
 * followed by a new attempt. Status changes only through lib/delivery/deliveries/change-delivery-status.ts.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: id('dlv'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    orderId: text('order_id').notNull(),
    courierId: text('courier_id'),
    trackingNumber: text('tracking_number').notNull(),
    status: deliveryStatus('status').notNull().default('pending'),
    address: jsonb('address').$type<OrderAddress>().notNull(),
    items: jsonb('items').$type<DeliveryItem[]>().notNull(),
    specialInstructions: text('special_instructions'),
    /** Where the parcel is collected: the warehouse holding most of the order's stock. */
    pickupWarehouseId: text('pickup_warehouse_id'),
    pickupLabel: text('pickup_label'),
    pickupLatitude: doublePrecision('pickup_latitude'),
    pickupLongitude: doublePrecision('pickup_longitude'),
    /** The drop-off point: the zone's centre until the courier records the real spot at delivery. */
    dropoffLatitude: doublePrecision('dropoff_latitude'),
    dropoffLongitude: doublePrecision('dropoff_longitude'),
    zoneId: text('zone_id'),
    /** Cash the courier collects (cash on delivery, not yet paid); 0 otherwise. */
    codAmount: money('cod_amount').notNull().default(0),
    currency: currency().notNull(),
    /** The courier's pay for this delivery, fixed when it is delivered. */
    courierFee: money('courier_fee'),
    estimatedDeliveryAt: timestamp('estimated_delivery_at', { withTimezone: true }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lastFailureReason: text('last_failure_reason'),
    /** sha256 of the shopper's one-time code (sent at dispatch); attempts are counted and capped. */
    otpHash: text('otp_hash'),
    otpSentAt: timestamp('otp_sent_at', { withTimezone: true }),
    otpAttempts: integer('otp_attempts').notNull().default(0),
    otpVerifiedAt: timestamp('otp_verified_at', { withTimezone: true }),
    proofPhotoKey: text('proof_photo_key'),
    ratingStars: smallint('rating_stars'),
    ratingFeedback: text('rating_feedback'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('deliveries_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('deliveries_tracking_number_key').on(t.trackingNumber),
    uniqueIndex('deliveries_open_per_order_key').on(t.organizationId, t.orderId).where(sql`status in ('pending', 'processing', 'dispatched')`),
    index('deliveries_org_status_created_idx').on(t.organizationId, t.status, t.createdAt),
    index('deliveries_org_courier_status_idx').on(t.organizationId, t.courierId, t.status),
    index('deliveries_org_order_idx').on(t.organizationId, t.orderId),
    check('deliveries_rating_check', sql`rating_stars is null or rating_stars between 1 and 5`),
    check('deliveries_cod_check', sql`cod_amount >= 0`),
    foreignKey({ name: 'deliveries_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    foreignKey({ name: 'deliveries_courier_fk', columns: [t.organizationId, t.courierId], foreignColumns: [couriers.organizationId, couriers.id] }),
    foreignKey({ name: 'deliveries_warehouse_fk', columns: [t.organizationId, t.pickupWarehouseId], foreignColumns: [warehouses.organizationId, warehouses.id] }),
    tenantPolicy(t.organizationId),
  ],
);

export type Delivery = typeof deliveries.$inferSelect;
export type DeliveryStatus = Delivery['status'];
