import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { deletedAt, id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';

/**
 * Where a store delivers (seed 002 delivery_zones): a city, narrowed to some districts or postal
 * codes when those lists are not empty. A shopper's address picks the first matching active zone
 * (by sort order); no match means the store does not deliver there.
 */
export const deliveryZones = pgTable(
  'delivery_zones',
  {
    id: id('dzn'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    city: text('city').notNull(),
    /** Matched case-insensitively; empty = the whole city. */
    districts: text('districts').array().notNull().default(sql`'{}'::text[]`),
    /** Matched exactly (normalised upper-case, no spaces); empty = any postal code. */
    postalCodes: text('postal_codes').array().notNull().default(sql`'{}'::text[]`),
    /** The zone's centre: a delivery's drop-off point until the courier records the real one. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    isActive: boolean('is_active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('delivery_zones_org_id_key').on(t.organizationId, t.id),
    index('delivery_zones_org_city_idx').on(t.organizationId, sql`lower(${t.city})`),
    tenantPolicy(t.organizationId),
  ],
);

export type DeliveryZone = typeof deliveryZones.$inferSelect;
