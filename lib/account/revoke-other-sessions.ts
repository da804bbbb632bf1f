import { and, eq, ne } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { withAccountScope, type AccountContext } from './internal';
import { userActor } from '@/lib/server/actor';

/** "Sign out everywhere else": ends every session of the account except this browser's. */
export async function revokeOtherSessions(ctx: AccountContext): Promise<{ ended: number }> {
  return withAccountScope(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, ctx.user.id), ne(sessions.sessionToken, ctx.sessionId ?? '')))
      .returning({ token: sessions.sessionToken });
    await recordAudit(tx, userActor(ctx.user, ctx.meta), {
      organizationId: null,
      action: 'account.other_sessions_revoked',
      entityType: 'user',
      entityId: ctx.user.id,
      newValues: { ended: ended.length },
    });
    return { ended: ended.length };
  });
}
