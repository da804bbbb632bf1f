import { boolean, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';

/**
 * An organization's own payment provider account (seed 003 payment gateways). Secrets are
 * encrypted at rest with lib/crypto/secret-box and never sent back to the browser.
 */
export const paymentGateways = pgTable(
  'payment_gateways',
  {
    id: id('pgw'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull().default('stripe'),
    publishableKey: text('publishable_key'),
    secretKeyEncrypted: text('secret_key_encrypted').notNull(),
    webhookSecretEncrypted: text('webhook_secret_encrypted').notNull(),
    /** Last 4 characters of the secret key, to show which key is saved. */
    secretKeyHint: text('secret_key_hint').notNull(),
    /** 'test' or 'live', from the key's prefix. */
    mode: text('mode').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('payment_gateways_org_provider_key').on(t.organizationId, t.provider), tenantPolicy(t.organizationId)],
);

export type PaymentGateway = typeof paymentGateways.$inferSelect;
