import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { sessions, users } from '@/db/schema';
import { randomToken } from '@/lib/ids';
import type { RequestMeta } from '@/lib/server/request-meta';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** A new session row for a just-signed-in user; its token goes into the JWT. */
export async function createSession(userId: string, meta: RequestMeta): Promise<string> {
  const sessionToken = randomToken();
  await withGlobal(async (tx) => {
    await tx.insert(sessions).values({
      sessionToken,
      userId,
      expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      ipAddress: meta.ipAddress,
      userAgent: meta.userAgent,
    });
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
  });
  return sessionToken;
}

/** Is the session still valid (row present, unexpired, user active)? Refreshes last activity now and then. */
export async function checkSession(sessionToken: string, userId: string): Promise<boolean> {
  return withGlobal(async (tx) => {
    const [row] = await tx
      .select({ lastActivityAt: sessions.lastActivityAt })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.sessionToken, sessionToken),
          eq(sessions.userId, userId),
          gt(sessions.expires, sql`now()`),
          eq(users.status, 'active'),
          sql`${users.deletedAt} is null`,
        ),
      );
    if (!row) return false;
    if (Date.now() - row.lastActivityAt.getTime() > TOUCH_EVERY_MS) {
      await tx.update(sessions).set({ lastActivityAt: new Date() }).where(eq(sessions.sessionToken, sessionToken));
    }
    return true;
  });
}

export async function endSession(sessionToken: string) {
  await withGlobal((tx) => tx.delete(sessions).where(eq(sessions.sessionToken, sessionToken)));
}

export async function deleteExpiredSessions() {
  await withGlobal((tx) => tx.delete(sessions).where(lt(sessions.expires, sql`now()`)));
}
