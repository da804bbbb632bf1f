import { boolean, foreignKey, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { currency, deletedAt, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { deliveryZones } from './delivery-zones';

/**
 * A delivery option inside a zone (seed 002 delivery_tariffs), e.g. "Standard" and "Express".
 * Cost = base + cost per kg × weight (grams / 1000, rounded half up to the minor unit), free
 * when the discounted subtotal reaches the threshold; offered only from the minimum order amount.
 */
export const deliveryTariffs = pgTable(
  'delivery_tariffs',
  {
    id: id('dtf'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    zoneId: text('zone_id').notNull(),
    name: text('name').notNull(),
    baseCost: money('base_cost').notNull(),
    costPerKg: money('cost_per_kg').notNull().default(0),
    minOrderAmount: money('min_order_amount').notNull().default(0),
    freeDeliveryThreshold: money('free_delivery_threshold'),
    estimatedHours: integer('estimated_hours'),
    currency: currency().notNull(),
    isActive: boolean('is_active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('delivery_tariffs_org_id_key').on(t.organizationId, t.id),
    index('delivery_tariffs_org_zone_idx').on(t.organizationId, t.zoneId, t.sortOrder),
    foreignKey({ name: 'delivery_tariffs_zone_fk', columns: [t.organizationId, t.zoneId], foreignColumns: [deliveryZones.organizationId, deliveryZones.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type DeliveryTariff = typeof deliveryTariffs.$inferSelect;
