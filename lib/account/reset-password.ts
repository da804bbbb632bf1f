import { eq, sql } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { sessions, users, type User } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';
import { peekToken, redeemToken, revokeTokens } from '@/lib/auth/tokens';
import { AppError, invalid } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';
import { getUserForUpdate, withAccountScope } from './internal';
import { userActor } from '@/lib/server/actor';
import type { ResetPasswordInput } from './schemas';

export const RESET_LINK_INVALID = 'This reset link has expired or was already used. Ask for a new one.';

/** For the reset page: is the link still good? (Does not use it up.) */
export async function checkPasswordResetToken(token: string): Promise<boolean> {
  if (!token) return false;
  return (await withGlobal((tx) => peekToken(tx, 'reset-password', token))) !== null;
}

/**
 * Sets a new password from an emailed link. The link works once; every session of the
 * account ends and other reset links stop working. Following the link proves the address,
 * so it is marked verified.
 */
export async function resetPassword(meta: RequestMeta, input: ResetPasswordInput): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return withAccountScope(async (tx) => {
    const userId = await redeemToken(tx, 'reset-password', input.token);
    if (!userId) throw invalid(RESET_LINK_INVALID);
    const user = await getUserForUpdate(tx, userId);
    if (user.status !== 'active') throw new AppError('FORBIDDEN', 'This account has been disabled. Contact support if you think this is a mistake.');

    const [updated] = await tx
      .update(users)
      .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, userId))
      .returning();
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await revokeTokens(tx, 'reset-password', userId);
    await revokeTokens(tx, 'mfa-challenge', userId);
    await recordAudit(tx, userActor(user, meta), {
      organizationId: null,
      action: 'account.password_reset',
      entityType: 'user',
      entityId: userId,
      reason: 'Password reset through an emailed link; all sessions ended.',
    });
    return updated!;
  });
}
