import { bigint, boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { deletedAt, id, timestamps } from '../columns';
import { USER_STATUSES } from '../values';

export const userStatus = pgEnum('user_status', USER_STATUSES);

/**
 * Global accounts (email unique across the platform). Roles live elsewhere: memberships for
 * organizations, platform_roles for the back office. The column set is the one the next-auth
 * Drizzle adapter expects (id, name, email, emailVerified, image) plus seed 001/002 fields.
 */
export const users = pgTable(
  'users',
  {
    id: id('usr'),
    name: text('name'),
    email: text('email').notNull(),
    emailVerified: timestamp('email_verified_at', { withTimezone: true }),
    image: text('image'),
    phone: text('phone'),
    phoneVerifiedAt: timestamp('phone_verified_at', { withTimezone: true }),
    passwordHash: text('password_hash'),
    status: userStatus('status').notNull().default('active'),
    statusReason: text('status_reason'),
    locale: text('locale'),
    mfaEnabled: boolean('mfa_enabled').notNull().default(false),
    /** AES-GCM encrypted base32 TOTP secret (lib/crypto/secret-box.ts). */
    mfaSecret: text('mfa_secret'),
    /** sha256 hashes of unused backup codes; a used code is removed atomically. */
    mfaBackupCodes: text('mfa_backup_codes').array().notNull().default(sql`'{}'::text[]`),
    /** The last TOTP time step accepted, so a code cannot be replayed. */
    mfaLastUsedStep: bigint('mfa_last_used_step', { mode: 'number' }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_phone_key').on(t.phone),
    index('users_status_idx').on(t.status),
  ],
);

export type User = typeof users.$inferSelect;

/** Case-insensitive match on the account email, the way users_email_key indexes it. */
export const userEmailIs = (email: string) => sql`lower(${users.email}) = ${email.trim().toLowerCase()}`;
