import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { currency, deletedAt, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';

export const customerStatus = pgEnum('customer_status', ['active', 'inactive', 'blocked']);

export type CustomerAddress = {
  street?: string;
  city?: string;
  postalCode?: string;
  country?: string;
};

/**
 * A shopper of one organization (seed 001 customers + seed 004 clients). Linked to a user
 * when they have an account; a user is a separate customer of every store they shop at.
 */
export const customers = pgTable(
  'customers',
  {
    id: id('cus'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email'),
    /**
     * lower(email), stored: the lookup key. Under row-level security Postgres can use an index
     * condition only when its functions are LEAKPROOF, and lower() is not; an expression index on
     * lower(email) would be skipped and every checkout would read all of the store's customers.
     */
    emailKey: text('email_key').generatedAlwaysAs(sql`lower(email)`),
    name: text('name').notNull(),
    phone: text('phone'),
    address: jsonb('address').$type<CustomerAddress>().notNull().default({}),
    status: customerStatus('status').notNull().default('active'),
    birthdate: date('birthdate'),
    gender: text('gender'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** How they found the business (seed 004), or `storefront_signup`. */
    source: text('source'),
    notes: text('notes'),
    totalOrders: integer('total_orders').notNull().default(0),
    totalSpent: money('total_spent').notNull().default(0),
    currency: currency().notNull(),
    lastOrderAt: timestamp('last_order_at', { withTimezone: true }),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('customers_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('customers_org_email_key').on(t.organizationId, t.emailKey),
    uniqueIndex('customers_org_user_key').on(t.organizationId, t.userId),
    index('customers_org_created_idx').on(t.organizationId, t.createdAt),
    tenantPolicy(t.organizationId),
  ],
);

export type Customer = typeof customers.$inferSelect;
