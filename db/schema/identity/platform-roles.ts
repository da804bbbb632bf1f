import { index, jsonb, pgEnum, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns';
import { PLATFORM_ROLES } from '../values';
import { users } from './users';

export const platformRole = pgEnum('platform_role', PLATFORM_ROLES);

/** Back-office roles (seed 002 admin_roles). A user with at least one unexpired row is a platform admin. */
export const platformRoles = pgTable(
  'platform_roles',
  {
    id: id('prl'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: platformRole('role').notNull(),
    /** Extra grants beyond the role's defaults in lib/server/permissions.ts. */
    permissions: jsonb('permissions').$type<string[]>().notNull().default([]),
    grantedBy: text('granted_by').references(() => users.id, { onDelete: 'set null' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [unique('platform_roles_user_role_key').on(t.userId, t.role), index('platform_roles_role_idx').on(t.role)],
);
