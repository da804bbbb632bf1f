import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { currency, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { customers } from '../customers/customers';
import { FULFILMENT_METHODS, ORDER_PAYMENT_STATUSES, ORDER_STATUSES, PAYMENT_METHODS } from '../values';

export const orderStatus = pgEnum('order_status', ORDER_STATUSES);
export const orderPaymentStatus = pgEnum('order_payment_status', ORDER_PAYMENT_STATUSES);
export const paymentMethod = pgEnum('payment_method', PAYMENT_METHODS);
export const fulfilmentMethod = pgEnum('fulfilment_method', FULFILMENT_METHODS);

export type OrderAddress = {
  fullName: string;
  phone: string;
  country: string;
  city: string;
  district?: string | null;
  street: string;
  building?: string | null;
  apartment?: string | null;
  postalCode?: string | null;
  instructions?: string | null;
};

/** One priced line as the shopper saw it at checkout (all money in minor units). */
export type PriceSnapshotLine = {
  productId: string;
  variantId: string;
  name: string;
  variantName: string | null;
  sku: string | null;
  quantity: number;
  unitPrice: number;
  /** unitPrice × quantity. */
  subtotal: number;
  /** This line's share of the order discount. */
  discount: number;
  taxRateBps: number;
  tax: number;
  /** subtotal − discount (+ tax when prices exclude tax). */
  total: number;
};

/**
 * Everything the checkout computed, frozen into the order when it is placed (seed 003's
 * immutable price snapshot). Never recomputed: the order's totals, invoice and refunds read it.
 */
export type OrderPriceSnapshot = {
  currency: string;
  pricesIncludeTax: boolean;
  lines: PriceSnapshotLine[];
  subtotal: number;
  discount: number;
  tax: number;
  shipping: number;
  total: number;
  coupon: { id: string; code: string; type: string; value: number; discount: number; freeShipping: boolean } | null;
  delivery:
    | { method: 'delivery'; zoneId: string; zoneName: string; tariffId: string; tariffName: string; cost: number; estimatedHours: number | null; weightGrams: number }
    | { method: 'pickup'; cost: 0 };
};

/**
 * An order (seeds 001/002/003). Totals are copied out of `price_snapshot` for lists and
 * filters. `number` is short and human-friendly (6 characters), unique per organization.
 * Status changes only through lib/orders/change-order-status.ts (the state machine), which
 * writes `order_status_history` in the same transaction.
 */
export const orders = pgTable(
  'orders',
  {
    id: id('ord'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    customerId: text('customer_id'),
    /** The contact given at checkout (a guest's only identity). */
    email: text('email').notNull(),
    phone: text('phone'),
    customerName: text('customer_name').notNull(),
    status: orderStatus('status').notNull().default('pending'),
    paymentStatus: orderPaymentStatus('payment_status').notNull().default('unpaid'),
    paymentMethod: paymentMethod('payment_method').notNull(),
    fulfilmentMethod: fulfilmentMethod('fulfilment_method').notNull().default('delivery'),
    currency: currency().notNull(),
    subtotal: money('subtotal').notNull(),
    discountTotal: money('discount_total').notNull().default(0),
    taxTotal: money('tax_total').notNull().default(0),
    shippingTotal: money('shipping_total').notNull().default(0),
    total: money('total').notNull(),
    refundedTotal: money('refunded_total').notNull().default(0),
    pricesIncludeTax: boolean('prices_include_tax').notNull(),
    priceSnapshot: jsonb('price_snapshot').$type<OrderPriceSnapshot>().notNull(),
    shippingAddress: jsonb('shipping_address').$type<OrderAddress>(),
    billingAddress: jsonb('billing_address').$type<OrderAddress>(),
    deliveryZoneId: text('delivery_zone_id'),
    deliveryTariffId: text('delivery_tariff_id'),
    estimatedDeliveryHours: integer('estimated_delivery_hours'),
    couponId: text('coupon_id'),
    couponCode: text('coupon_code'),
    /** The shopper's note at checkout; staff notes live in order_notes. */
    customerNote: text('customer_note'),
    /** sha256 of the secret in the guest's order link (confirmation page and email). */
    accessTokenHash: text('access_token_hash').notNull(),
    /** Card orders: stock stays reserved until then; the expiry job cancels unpaid orders after it. */
    paymentDueAt: timestamp('payment_due_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancellationReason: text('cancellation_reason'),
    cancelledById: text('cancelled_by_id').references(() => users.id, { onDelete: 'set null' }),
    placedByUserId: text('placed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    unique('orders_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('orders_org_number_key').on(t.organizationId, t.number),
    uniqueIndex('orders_org_access_token_key').on(t.organizationId, t.accessTokenHash),
    index('orders_org_created_idx').on(t.organizationId, t.createdAt),
    index('orders_org_status_created_idx').on(t.organizationId, t.status, t.createdAt),
    index('orders_org_payment_status_idx').on(t.organizationId, t.paymentStatus, t.createdAt),
    index('orders_org_customer_idx').on(t.organizationId, t.customerId, t.createdAt),
    index('orders_org_email_idx').on(t.organizationId, sql`lower(${t.email})`),
    index('orders_payment_due_idx').on(t.paymentDueAt).where(sql`status = 'pending' and payment_due_at is not null`),
    foreignKey({ name: 'orders_customer_fk', columns: [t.organizationId, t.customerId], foreignColumns: [customers.organizationId, customers.id] }),
    tenantPolicy(t.organizationId),
  ],
);

export type Order = typeof orders.$inferSelect;
export type OrderStatus = Order['status'];
export type OrderPaymentStatus = Order['paymentStatus'];
export type PaymentMethod = Order['paymentMethod'];
