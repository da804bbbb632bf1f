import { and, eq, sql } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { sha256 } from '@/lib/crypto/hash';
import { invalid, notFound } from '@/lib/server/errors';
import { withAccountScope, type AccountContext } from './internal';
import { userActor } from '@/lib/server/actor';
import type { RevokeSessionInput } from './schemas';

/** Signs one of the account's other browsers out (this one signs out with "Sign out"). */
export async function revokeSession(ctx: AccountContext, input: RevokeSessionInput): Promise<void> {
  if (ctx.sessionId && sha256(ctx.sessionId) === input.sessionId) {
    throw invalid('This is the session you are using. Use "Sign out" to end it.');
  }
  await withAccountScope(async (tx) => {
    const [ended] = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, ctx.user.id), sql`encode(sha256(convert_to(${sessions.sessionToken}, 'UTF8')), 'hex') = ${input.sessionId}`))
      .returning({ userAgent: sessions.userAgent, ipAddress: sessions.ipAddress });
    if (!ended) throw notFound('That session');
    await recordAudit(tx, userActor(ctx.user, ctx.meta), {
      organizationId: null,
      action: 'account.session_revoked',
      entityType: 'session',
      entityId: input.sessionId.slice(0, 16),
      oldValues: { userAgent: ended.userAgent, ipAddress: ended.ipAddress },
    });
  });
}
