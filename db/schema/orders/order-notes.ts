import { foreignKey, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { orders } from './orders';

/** Internal notes staff leave on an order; never shown to the shopper. */
export const orderNotes = pgTable(
  'order_notes',
  {
    id: id('onote'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    orderId: text('order_id').notNull(),
    body: text('body').notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_notes_org_order_idx').on(t.organizationId, t.orderId, t.createdAt),
    foreignKey({ name: 'order_notes_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type OrderNote = typeof orderNotes.$inferSelect;
