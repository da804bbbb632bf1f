import { doublePrecision, foreignKey, index, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { deliveries, deliveryStatus } from './deliveries';
import { DELIVERY_ACTOR_TYPES, DELIVERY_EVENTS } from '../values';

export const deliveryEvent = pgEnum('delivery_event', DELIVERY_EVENTS);
export const deliveryActorType = pgEnum('delivery_actor_type', DELIVERY_ACTOR_TYPES);

/**
 * Everything that happened to a delivery (seed 001 delivery_status_history): status changes,
 * assignments, failed attempts, codes sent; with where (the courier's position) and who.
 */
export const deliveryStatusHistory = pgTable(
  'delivery_status_history',
  {
    id: id('dsh'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    deliveryId: text('delivery_id').notNull(),
    event: deliveryEvent('event').notNull(),
    fromStatus: deliveryStatus('from_status'),
    toStatus: deliveryStatus('to_status'),
    /** For assignment events: the courier now holding the delivery (null once unassigned). */
    courierId: text('courier_id'),
    reason: text('reason'),
    notes: text('notes'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    actorType: deliveryActorType('actor_type').notNull(),
    changedById: text('changed_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('delivery_status_history_org_delivery_idx').on(t.organizationId, t.deliveryId, t.createdAt),
    foreignKey({ name: 'delivery_status_history_delivery_fk', columns: [t.organizationId, t.deliveryId], foreignColumns: [deliveries.organizationId, deliveries.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type DeliveryHistoryRow = typeof deliveryStatusHistory.$inferSelect;
