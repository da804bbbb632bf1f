import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { revokeTokens } from '@/lib/auth/tokens';
import { enforceLimit, type Limit } from '@/lib/rate-limit/rate-limit';
import { invalid } from '@/lib/server/errors';
import { getUserForUpdate, withAccountScope, type AccountContext } from './internal';
import { userActor } from '@/lib/server/actor';
import type { ChangePasswordInput } from './schemas';

/** Guessing the current password from a stolen session is as limited as guessing at sign-in. */
export const PASSWORD_CHECK_LIMIT: Limit = { endpoint: 'account:password-check', max: 10, windowSeconds: 15 * 60 };

const WRONG_PASSWORD = 'That is not your current password.';

/** Changes the password; every other session of the account ends, this one stays. */
export async function changePassword(ctx: AccountContext, input: ChangePasswordInput): Promise<{ otherSessionsEnded: number }> {
  await enforceLimit(PASSWORD_CHECK_LIMIT, ctx.user.id, (wait) => `Too many attempts. Try again in ${wait}.`);
  if (!(await verifyPassword(ctx.user.passwordHash, input.currentPassword))) {
    throw invalid(WRONG_PASSWORD, { currentPassword: [WRONG_PASSWORD] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return withAccountScope(async (tx) => {
    const user = await getUserForUpdate(tx, ctx.user.id);
    // The row may have changed since the check (a parallel change); check against it again.
    if (user.passwordHash !== ctx.user.passwordHash) throw invalid(WRONG_PASSWORD, { currentPassword: [WRONG_PASSWORD] });
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    const keep = ctx.sessionId ?? '';
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.sessionToken, keep)))
      .returning({ token: sessions.sessionToken });
    await revokeTokens(tx, 'reset-password', user.id);
    await recordAudit(tx, userActor(user, ctx.meta), {
      organizationId: null,
      action: 'account.password_changed',
      entityType: 'user',
      entityId: user.id,
      newValues: { otherSessionsEnded: ended.length },
    });
    return { otherSessionsEnded: ended.length };
  });
}
