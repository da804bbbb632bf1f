import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withPlatform } from '@/db/scope';
import { users, type User } from '@/db/schema';
import { notFound } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';

/** Who is acting on their own account, and from which browser session. */
export type AccountContext = { user: User; meta: RequestMeta; sessionId: string | null };

/**
 * Account changes touch only global tables (users, sessions, tokens) plus an audit row with
 * no organization, and row-level security admits such rows only in the platform scope. So
 * this named flow, and nothing tenant-owned, runs there.
 */
export function withAccountScope<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withPlatform(fn);
}

/** The user row as it is now (the request's copy may be stale), or NOT_FOUND. */
export async function getUserForUpdate(tx: Tx, userId: string): Promise<User> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user || user.deletedAt) throw notFound('That account');
  return user;
}

export const INVALID_CODE = 'That code is not valid. Check your authenticator app and try again.';
