import { boolean, index, numeric, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { deletedAt, id, timestamps, userPolicy } from '../columns';
import { users } from './users';

export const addressType = pgEnum('address_type', ['delivery', 'billing']);

/** A user's saved addresses (seed 002), private to that user. */
export const userAddresses = pgTable(
  'user_addresses',
  {
    id: id('adr'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: addressType('type').notNull().default('delivery'),
    isDefault: boolean('is_default').notNull().default(false),
    label: text('label'),
    fullName: text('full_name').notNull(),
    phone: text('phone').notNull(),
    country: text('country').notNull(),
    city: text('city').notNull(),
    district: text('district'),
    street: text('street').notNull(),
    building: text('building'),
    apartment: text('apartment'),
    postalCode: text('postal_code'),
    latitude: numeric('latitude', { precision: 10, scale: 8 }),
    longitude: numeric('longitude', { precision: 11, scale: 8 }),
    deliveryInstructions: text('delivery_instructions'),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [index('user_addresses_user_idx').on(t.userId, t.isDefault), userPolicy(t.userId)],
);
