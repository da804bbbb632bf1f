import { foreignKey, index, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { orderStatus, orders } from './orders';
import { ORDER_ACTOR_TYPES } from '../values';

export const orderActorType = pgEnum('order_actor_type', ORDER_ACTOR_TYPES);

/** Every status change of an order (seeds 001/002, seed 003 orderstatelogs), oldest first. */
export const orderStatusHistory = pgTable(
  'order_status_history',
  {
    id: id('osh'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    orderId: text('order_id').notNull(),
    fromStatus: orderStatus('from_status'),
    toStatus: orderStatus('to_status').notNull(),
    reason: text('reason'),
    notes: text('notes'),
    actorType: orderActorType('actor_type').notNull(),
    changedById: text('changed_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_status_history_org_order_idx').on(t.organizationId, t.orderId, t.createdAt),
    foreignKey({ name: 'order_status_history_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type OrderStatusHistoryRow = typeof orderStatusHistory.$inferSelect;
