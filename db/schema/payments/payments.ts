import { foreignKey, index, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { currency, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { orders, paymentMethod } from '../orders/orders';
import { PAYMENT_STATUSES } from '../values';

export const paymentStatus = pgEnum('payment_status', PAYMENT_STATUSES);

/**
 * A payment for an order (seed 001 payments): card through the organization's Stripe account,
 * cash on delivery, or bank transfer. For Stripe, `gateway_transaction_id` is the PaymentIntent
 * and `gateway_session_id` the Checkout Session. Webhook events only move a payment forward
 * (see lib/payments), which is how out-of-order delivery stays harmless.
 */
export const payments = pgTable(
  'payments',
  {
    id: id('pay'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    orderId: text('order_id').notNull(),
    customerId: text('customer_id'),
    amount: money('amount').notNull(),
    currency: currency().notNull(),
    method: paymentMethod('method').notNull(),
    /** 'stripe' for cards; null for cash and transfer. */
    provider: text('provider'),
    status: paymentStatus('status').notNull().default('pending'),
    gatewayTransactionId: text('gateway_transaction_id'),
    gatewaySessionId: text('gateway_session_id'),
    gatewayResponse: jsonb('gateway_response').$type<Record<string, unknown>>(),
    refundedAmount: money('refunded_amount').notNull().default(0),
    refundReason: text('refund_reason'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('payments_org_id_key').on(t.organizationId, t.id),
    index('payments_org_order_idx').on(t.organizationId, t.orderId),
    uniqueIndex('payments_org_gateway_txn_key').on(t.organizationId, t.gatewayTransactionId).where(sql`gateway_transaction_id is not null`),
    uniqueIndex('payments_org_gateway_session_key').on(t.organizationId, t.gatewaySessionId).where(sql`gateway_session_id is not null`),
    foreignKey({ name: 'payments_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type PaymentStatus = Payment['status'];
