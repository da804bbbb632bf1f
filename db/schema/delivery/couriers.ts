import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { currency, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { COURIER_STATUSES, COURIER_VEHICLES } from '../values';

export const courierVehicle = pgEnum('courier_vehicle', COURIER_VEHICLES);
export const courierStatus = pgEnum('courier_status', COURIER_STATUSES);

/**
 * The courier profile of a member with the courier role (seed 001 couriers). Created when the
 * member gets the role; the membership decides whether they are still a courier here.
 * `rating` is kept as a sum and a count so adding a rating is one conditional update.
 */
export const couriers = pgTable(
  'couriers',
  {
    id: id('cour'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    phone: text('phone'),
    vehicleType: courierVehicle('vehicle_type').notNull().default('motorbike'),
    status: courierStatus('status').notNull().default('offline'),
    isActive: boolean('is_active').notNull().default(true),
    lastLatitude: doublePrecision('last_latitude'),
    lastLongitude: doublePrecision('last_longitude'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    /** What the store pays the courier per delivered parcel, copied onto each delivery when done. */
    feePerDelivery: money('fee_per_delivery').notNull().default(0),
    totalEarnings: money('total_earnings').notNull().default(0),
    currency: currency().notNull(),
    ratingSum: integer('rating_sum').notNull().default(0),
    ratingCount: integer('rating_count').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    unique('couriers_org_id_key').on(t.organizationId, t.id),
    unique('couriers_org_user_key').on(t.organizationId, t.userId),
    index('couriers_org_status_idx').on(t.organizationId, t.status),
    check('couriers_fee_check', sql`fee_per_delivery >= 0`),
    tenantPolicy(t.organizationId),
  ],
);

export type Courier = typeof couriers.$inferSelect;
export type CourierStatus = Courier['status'];
export type CourierVehicle = Courier['vehicleType'];
