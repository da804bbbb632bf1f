import { enforceLimit } from '@/lib/rate-limit/rate-limit';
import { consumeSecondFactor } from '@/lib/auth/second-factor';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashBackupCode, newBackupCodes } from '@/lib/auth/backup-codes';
import { invalid } from '@/lib/server/errors';
import { getUserForUpdate, INVALID_CODE, withAccountScope, type AccountContext } from './internal';
import { userActor } from '@/lib/server/actor';
import { SECOND_FACTOR_CHECK_LIMIT } from './disable-totp';
import type { BackupCodes, SecondFactorInput } from './schemas';

/** Replaces every backup code with ten new ones (shown once); the old ones stop working. */
export async function regenerateBackupCodes(ctx: Pick<AccountContext, 'user' | 'meta'>, input: SecondFactorInput): Promise<BackupCodes> {
  await enforceLimit(SECOND_FACTOR_CHECK_LIMIT, ctx.user.id, (wait) => `Too many attempts. Try again in ${wait}.`);
  return withAccountScope(async (tx) => {
    const user = await getUserForUpdate(tx, ctx.user.id);
    if (!user.mfaEnabled) throw invalid('Turn on two-factor authentication first.');
    if (!(await consumeSecondFactor(tx, user, input.code))) throw invalid(INVALID_CODE, { code: [INVALID_CODE] });
    const backupCodes = newBackupCodes();
    await tx.update(users).set({ mfaBackupCodes: backupCodes.map(hashBackupCode) }).where(eq(users.id, user.id));
    await recordAudit(tx, userActor(user, ctx.meta), {
      organizationId: null,
      action: 'account.mfa_backup_codes_regenerated',
      entityType: 'user',
      entityId: user.id,
      newValues: { backupCodes: backupCodes.length },
    });
    return { backupCodes };
  });
}
