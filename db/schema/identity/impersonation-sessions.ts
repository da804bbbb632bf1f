import { index, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id, userPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { IMPERSONATION_MODES } from '../values';
import { users } from './users';

export const impersonationMode = pgEnum('impersonation_mode', IMPERSONATION_MODES);

/**
 * A platform admin looking at one organization's dashboard for support. While one is open and
 * unexpired, loadOrgContext gives the admin a context in that organization; read-only sessions
 * run every transaction READ ONLY. Owned by the admin (user policy); the back office sees all.
 */
export const impersonationSessions = pgTable(
  'impersonation_sessions',
  {
    id: id('imp'),
    adminUserId: text('admin_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    mode: impersonationMode('mode').notNull().default('read_only'),
    reason: text('reason').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('impersonation_sessions_admin_idx').on(t.adminUserId, t.organizationId), index('impersonation_sessions_org_idx').on(t.organizationId), userPolicy(t.adminUserId)],
);

export type ImpersonationSession = typeof impersonationSessions.$inferSelect;
