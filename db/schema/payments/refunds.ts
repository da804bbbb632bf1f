import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, currency, id, money, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { orders } from '../orders/orders';
import { payments } from './payments';
import { REFUND_STATUSES } from '../values';

export const refundStatus = pgEnum('refund_status', REFUND_STATUSES);

/**
 * Money given back on a payment, full or partial. Card refunds go through Stripe (the refund id
 * is unique, so the webhook and the dashboard never record one twice); cash and transfer
 * refunds are recorded as done.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: id('rfd'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    paymentId: text('payment_id').notNull(),
    orderId: text('order_id').notNull(),
    amount: money('amount').notNull(),
    currency: currency().notNull(),
    reason: text('reason'),
    status: refundStatus('status').notNull().default('pending'),
    gatewayRefundId: text('gateway_refund_id'),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    index('refunds_org_order_idx').on(t.organizationId, t.orderId),
    uniqueIndex('refunds_org_gateway_key').on(t.organizationId, t.gatewayRefundId).where(sql`gateway_refund_id is not null`),
    check('refunds_amount_check', sql`amount > 0`),
    foreignKey({ name: 'refunds_payment_fk', columns: [t.organizationId, t.paymentId], foreignColumns: [payments.organizationId, payments.id] }).onDelete('cascade'),
    foreignKey({ name: 'refunds_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type Refund = typeof refunds.$inferSelect;
