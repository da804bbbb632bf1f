import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from './organizations';
import { DOMAIN_STATUSES } from '../values';

export const domainStatus = pgEnum('domain_status', DOMAIN_STATUSES);

/**
 * Custom domains of an organization. The platform subdomain (`<slug>.<platform host>`) is
 * derived from the slug and needs no row. A custom domain serves the storefront once verified
 * (a TXT record carrying verification_token).
 */
export const domains = pgTable(
  'domains',
  {
    id: id('dom'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    hostname: text('hostname').notNull(),
    status: domainStatus('status').notNull().default('pending'),
    verificationToken: text('verification_token').notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    lastCheckError: text('last_check_error'),
    isPrimary: boolean('is_primary').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    // Global: one hostname points at one store.
    uniqueIndex('domains_hostname_key').on(t.hostname),
    index('domains_org_idx').on(t.organizationId),
    tenantPolicy(t.organizationId),
  ],
);

export type Domain = typeof domains.$inferSelect;
