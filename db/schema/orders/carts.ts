import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { currency, id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { customers } from '../customers/customers';

/**
 * A shopper's cart in one store. A guest's cart is found by the hash of the token in their
 * cookie; a signed-in customer's by their customer id (one per customer). At sign-in the guest
 * cart is merged into the customer's and deleted.
 */
export const carts = pgTable(
  'carts',
  {
    id: id('crt'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    customerId: text('customer_id'),
    /** sha256 of the guest cookie's token; null once the cart belongs to a customer. */
    tokenHash: text('token_hash'),
    currency: currency().notNull(),
    ...timestamps(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    unique('carts_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('carts_org_token_key').on(t.organizationId, t.tokenHash).where(sql`token_hash is not null`),
    uniqueIndex('carts_org_customer_key').on(t.organizationId, t.customerId).where(sql`customer_id is not null`),
    index('carts_expires_idx').on(t.expiresAt),
    foreignKey({ name: 'carts_customer_fk', columns: [t.organizationId, t.customerId], foreignColumns: [customers.organizationId, customers.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type Cart = typeof carts.$inferSelect;
