import { foreignKey, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, currency, id, money, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { coupons } from './coupons';
import { orders } from '../orders/orders';

/**
 * One use of a coupon by one order (seed 001 coupon_usage, seed 002 promo_code_usage). A use is
 * voided (and the coupon's count given back) when the order is cancelled before it was paid, so
 * abandoned card payments do not burn a limited coupon.
 */
export const couponRedemptions = pgTable(
  'coupon_redemptions',
  {
    id: id('cpr'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    couponId: text('coupon_id').notNull(),
    orderId: text('order_id').notNull(),
    customerId: text('customer_id'),
    /** Lower-case; the per-customer limit counts guests by email. */
    email: text('email').notNull(),
    discountAmount: money('discount_amount').notNull(),
    currency: currency().notNull(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('coupon_redemptions_org_order_key').on(t.organizationId, t.orderId),
    index('coupon_redemptions_org_coupon_email_idx').on(t.organizationId, t.couponId, t.email),
    index('coupon_redemptions_org_coupon_customer_idx').on(t.organizationId, t.couponId, t.customerId),
    foreignKey({ name: 'coupon_redemptions_coupon_fk', columns: [t.organizationId, t.couponId], foreignColumns: [coupons.organizationId, coupons.id] }).onDelete('cascade'),
    foreignKey({ name: 'coupon_redemptions_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type CouponRedemption = typeof couponRedemptions.$inferSelect;
