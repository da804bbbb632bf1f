import { consumeSecondFactor } from '@/lib/auth/second-factor';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { verifyPassword } from '@/lib/auth/password';
import { revokeTokens } from '@/lib/auth/tokens';
import { enforceLimit, type Limit } from '@/lib/rate-limit/rate-limit';
import { invalid } from '@/lib/server/errors';
import { getUserForUpdate, INVALID_CODE, withAccountScope, type AccountContext } from './internal';
import { userActor } from '@/lib/server/actor';
import type { DisableTotpInput } from './schemas';

/** Guessing codes (or the password) to weaken an account from a stolen session is capped. */
export const SECOND_FACTOR_CHECK_LIMIT: Limit = { endpoint: 'account:mfa-check', max: 10, windowSeconds: 15 * 60 };

const WRONG_PASSWORD = 'That is not your current password.';

/** Turns two-factor off, proven by a current code, a backup code, or the password. */
export async function disableTotp(ctx: Pick<AccountContext, 'user' | 'meta'>, input: DisableTotpInput): Promise<void> {
  await enforceLimit(SECOND_FACTOR_CHECK_LIMIT, ctx.user.id, (wait) => `Too many attempts. Try again in ${wait}.`);
  if (input.method === 'password' && !(await verifyPassword(ctx.user.passwordHash, input.password ?? ''))) {
    throw invalid(WRONG_PASSWORD, { password: [WRONG_PASSWORD] });
  }
  await withAccountScope(async (tx) => {
    const user = await getUserForUpdate(tx, ctx.user.id);
    if (!user.mfaEnabled) throw invalid('Two-factor authentication is already off.');
    if (input.method === 'code' && !(await consumeSecondFactor(tx, user, input.code ?? ''))) {
      throw invalid(INVALID_CODE, { code: [INVALID_CODE] });
    }
    await tx
      .update(users)
      .set({ mfaEnabled: false, mfaSecret: null, mfaBackupCodes: sql`'{}'::text[]`, mfaLastUsedStep: null })
      .where(eq(users.id, user.id));
    await revokeTokens(tx, 'mfa-challenge', user.id);
    await recordAudit(tx, userActor(user, ctx.meta), {
      organizationId: null,
      action: 'account.mfa_disabled',
      entityType: 'user',
      entityId: user.id,
      oldValues: { mfaEnabled: true },
      newValues: { mfaEnabled: false },
      reason: input.method === 'password' ? 'Confirmed with the password' : 'Confirmed with a two-factor code',
    });
  });
}
