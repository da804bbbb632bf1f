import { boolean, doublePrecision, index, jsonb, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { deletedAt, id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';

export type WarehouseAddress = { street?: string; city?: string; region?: string; postalCode?: string; country?: string };

/** A place stock is kept (seed 001 warehouses). One is the default for new stock and the storefront. */
export const warehouses = pgTable(
  'warehouses',
  {
    id: id('wh'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    code: text('code'),
    address: jsonb('address').$type<WarehouseAddress>().notNull().default({}),
    /** Where couriers collect parcels (deliveries measure distances from here). */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    email: text('email'),
    isActive: boolean('is_active').notNull().default(true),
    isDefault: boolean('is_default').notNull().default(false),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('warehouses_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('warehouses_org_name_key').on(t.organizationId, sql`lower(${t.name})`).where(sql`deleted_at is null`),
    uniqueIndex('warehouses_org_default_key').on(t.organizationId).where(sql`is_default and deleted_at is null`),
    index('warehouses_org_idx').on(t.organizationId),
    tenantPolicy(t.organizationId),
  ],
);

export type Warehouse = typeof warehouses.$inferSelect;
