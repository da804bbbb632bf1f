import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { currency, deletedAt, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { COUPON_TYPES } from '../values';

export const couponType = pgEnum('coupon_type', COUPON_TYPES);

/**
 * A discount code (seed 001 coupons + seed 002 promo_codes). `value` is basis points for a
 * percentage (1500 = 15 %), minor units for a fixed amount, unused for free shipping. `code` is
 * stored upper-case. `used_count` only moves through a conditional UPDATE at checkout, and the
 * check constraint is the backstop that a usage limit is never passed.
 */
export const coupons = pgTable(
  'coupons',
  {
    id: id('cpn'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    type: couponType('type').notNull(),
    value: bigint('value', { mode: 'number' }).notNull().default(0),
    currency: currency().notNull(),
    minOrderAmount: money('min_order_amount').notNull().default(0),
    maxDiscountAmount: money('max_discount_amount'),
    usageLimit: integer('usage_limit'),
    usedCount: integer('used_count').notNull().default(0),
    /** Uses per customer (by customer, or by email for guests); null = unlimited. */
    perCustomerLimit: integer('per_customer_limit'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    isActive: boolean('is_active').notNull().default(true),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('coupons_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('coupons_org_code_key').on(t.organizationId, t.code).where(sql`deleted_at is null`),
    index('coupons_org_created_idx').on(t.organizationId, t.createdAt),
    check('coupons_usage_limit_check', sql`usage_limit is null or used_count <= usage_limit`),
    check('coupons_used_count_check', sql`used_count >= 0`),
    tenantPolicy(t.organizationId),
  ],
);

export type Coupon = typeof coupons.$inferSelect;
