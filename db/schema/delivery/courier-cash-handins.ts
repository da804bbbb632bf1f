import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, currency, id, money, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { couriers } from './couriers';

/**
 * Cash a courier handed in to the store. What they collected is the COD amount of their
 * delivered deliveries; the difference is what they still hold.
 */
export const courierCashHandins = pgTable(
  'courier_cash_handins',
  {
    id: id('cash'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    courierId: text('courier_id').notNull(),
    amount: money('amount').notNull(),
    currency: currency().notNull(),
    note: text('note'),
    receivedById: text('received_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('courier_cash_handins_org_courier_idx').on(t.organizationId, t.courierId, t.createdAt),
    check('courier_cash_handins_amount_check', sql`amount > 0`),
    foreignKey({ name: 'courier_cash_handins_courier_fk', columns: [t.organizationId, t.courierId], foreignColumns: [couriers.organizationId, couriers.id] }),
    tenantPolicy(t.organizationId),
  ],
);

export type CourierCashHandin = typeof courierCashHandins.$inferSelect;
