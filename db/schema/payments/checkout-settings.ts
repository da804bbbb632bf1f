import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';

/**
 * How an organization takes orders: which payment methods are on, bank transfer and pick-up
 * instructions, whether catalog prices include tax. One row per organization; without a row
 * the defaults below apply (cash on delivery only, prices include tax).
 */
export const checkoutSettings = pgTable(
  'checkout_settings',
  {
    id: id('cks'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    cardEnabled: boolean('card_enabled').notNull().default(false),
    codEnabled: boolean('cod_enabled').notNull().default(true),
    bankTransferEnabled: boolean('bank_transfer_enabled').notNull().default(false),
    bankTransferInstructions: text('bank_transfer_instructions'),
    pickupEnabled: boolean('pickup_enabled').notNull().default(false),
    pickupInstructions: text('pickup_instructions'),
    pricesIncludeTax: boolean('prices_include_tax').notNull().default(true),
    /** Minutes a card order keeps its stock while the shopper pays. */
    cardPaymentTimeoutMinutes: integer('card_payment_timeout_minutes').notNull().default(30),
    ...timestamps(),
  },
  (t) => [uniqueIndex('checkout_settings_org_key').on(t.organizationId), tenantPolicy(t.organizationId)],
);

export type CheckoutSettings = typeof checkoutSettings.$inferSelect;
