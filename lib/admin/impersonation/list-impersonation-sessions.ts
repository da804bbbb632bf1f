import { desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { impersonationSessions, users } from '@/db/schema';

const RECENT_SESSIONS = 10;

/** The latest support sessions in one organization, newest first (the back office's scope). */
export async function listImpersonationSessions(tx: Tx, organizationId: string) {
  const rows = await tx
    .select({
      id: impersonationSessions.id,
      adminUserId: impersonationSessions.adminUserId,
      adminEmail: users.email,
      mode: impersonationSessions.mode,
      reason: impersonationSessions.reason,
      startedAt: impersonationSessions.startedAt,
      expiresAt: impersonationSessions.expiresAt,
      endedAt: impersonationSessions.endedAt,
    })
    .from(impersonationSessions)
    .innerJoin(users, eq(users.id, impersonationSessions.adminUserId))
    .where(eq(impersonationSessions.organizationId, organizationId))
    .orderBy(desc(impersonationSessions.startedAt), desc(impersonationSessions.id))
    .limit(RECENT_SESSIONS);
  const now = new Date();
  return rows.map((r) => ({ ...r, state: r.endedAt ? ('ended' as const) : r.expiresAt <= now ? ('expired' as const) : ('open' as const) }));
}

export type ImpersonationSessionRow = Awaited<ReturnType<typeof listImpersonationSessions>>[number];
