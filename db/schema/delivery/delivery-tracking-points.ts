import { doublePrecision, foreignKey, index, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { deliveries } from './deliveries';
import { couriers } from './couriers';

/**
 * GPS points the courier's phone shares while a delivery is under way (seed 002 order_tracking).
 * `recorded_at` is the phone's clock; a retried upload of the same point is ignored by the
 * unique key, so the courier view can resend its queue without duplicates.
 */
export const deliveryTrackingPoints = pgTable(
  'delivery_tracking_points',
  {
    id: id('dtp'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    deliveryId: text('delivery_id').notNull(),
    courierId: text('courier_id').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    accuracyMeters: real('accuracy_meters'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('delivery_tracking_points_point_key').on(t.organizationId, t.deliveryId, t.recordedAt),
    index('delivery_tracking_points_org_courier_idx').on(t.organizationId, t.courierId, t.recordedAt),
    foreignKey({ name: 'delivery_tracking_points_delivery_fk', columns: [t.organizationId, t.deliveryId], foreignColumns: [deliveries.organizationId, deliveries.id] }).onDelete('cascade'),
    foreignKey({ name: 'delivery_tracking_points_courier_fk', columns: [t.organizationId, t.courierId], foreignColumns: [couriers.organizationId, couriers.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type DeliveryTrackingPoint = typeof deliveryTrackingPoints.$inferSelect;
