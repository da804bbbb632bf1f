import { boolean, integer, pgEnum, pgTable, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { DELIVERY_PROOF_REQUIREMENTS } from '../values';

export const deliveryProofRequirement = pgEnum('delivery_proof_requirement', DELIVERY_PROOF_REQUIREMENTS);

/**
 * How an organization delivers: what proof a courier must give at the door, and whether packing
 * an order opens its delivery. One row per organization; without a row the defaults apply.
 */
export const deliverySettings = pgTable(
  'delivery_settings',
  {
    id: id('dls'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    proofRequirement: deliveryProofRequirement('proof_requirement').notNull().default('otp'),
    createOnPacked: boolean('create_on_packed').notNull().default(true),
    /** Wrong codes allowed before the code is locked and the store must send a new one. */
    otpMaxAttempts: integer('otp_max_attempts').notNull().default(5),
    ...timestamps(),
  },
  (t) => [uniqueIndex('delivery_settings_org_key').on(t.organizationId), tenantPolicy(t.organizationId)],
);

export type DeliverySettings = typeof deliverySettings.$inferSelect;
export type DeliveryProofRequirement = DeliverySettings['proofRequirement'];
