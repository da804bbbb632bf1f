import { index, pgEnum, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { currentUserId, id, organizationId, readPolicy, tenantPolicy, timestamps } from '../columns';
import { users } from '../identity/users';
import { organizations } from './organizations';
import { MEMBER_ROLES } from '../values';
import { sql } from 'drizzle-orm';

export const memberRole = pgEnum('member_role', MEMBER_ROLES);
export type MemberRole = (typeof memberRole.enumValues)[number];

/** A user's role in one organization. */
export const memberships = pgTable(
  'memberships',
  {
    id: id('mem'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: memberRole('role').notNull(),
    invitedBy: text('invited_by'),
    ...timestamps(),
  },
  (t) => [
    unique('memberships_org_user_key').on(t.organizationId, t.userId),
    index('memberships_user_idx').on(t.userId),
    // A user may list their own memberships across organizations (org switcher, courier view).
    tenantPolicy(t.organizationId),
    readPolicy('own_read', sql`${t.userId} = ${currentUserId}`),
  ],
);

export type Membership = typeof memberships.$inferSelect;
