import { and, count, desc, eq, gt, sql } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { sessions } from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { pageWindow } from '@/lib/server/list-query';
import type { AccountContext } from './internal';

export const SESSIONS_PER_PAGE = 10;

/** A signed-in browser. `id` is a hash of the session token: it names the session without handing out the secret. */
export type SessionSummary = {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastActivityAt: Date;
  current: boolean;
};

/** The account's live sessions, this browser's first, then the most recently active. */
export async function listSessions(
  ctx: Pick<AccountContext, 'user' | 'sessionId'>,
  input: { page?: number } = {},
): Promise<{ items: SessionSummary[]; total: number; page: number; totalPages: number }> {
  const live = and(eq(sessions.userId, ctx.user.id), gt(sessions.expires, sql`now()`));
  const current = sql<boolean>`${sessions.sessionToken} = ${ctx.sessionId ?? ''}`;
  return withGlobal(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(sessions).where(live);
    const { page, totalPages, offset } = pageWindow(total, input.page ?? 1, SESSIONS_PER_PAGE);
    const rows = await tx
      .select()
      .from(sessions)
      .where(live)
      .orderBy(desc(current), desc(sessions.lastActivityAt))
      .limit(SESSIONS_PER_PAGE)
      .offset(offset);
    const items = rows.map((s) => ({
      id: sha256(s.sessionToken),
      userAgent: s.userAgent,
      ipAddress: s.ipAddress,
      createdAt: s.createdAt,
      lastActivityAt: s.lastActivityAt,
      current: s.sessionToken === ctx.sessionId,
    }));
    return { items, total, page, totalPages };
  });
}
