import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashBackupCode, newBackupCodes } from '@/lib/auth/backup-codes';
import { matchTotp } from '@/lib/auth/totp';
import { open } from '@/lib/crypto/secret-box';
import { conflict, invalid } from '@/lib/server/errors';
import { getUserForUpdate, INVALID_CODE, withAccountScope, type AccountContext } from './internal';
import { userActor } from '@/lib/server/actor';
import type { BackupCodes, ConfirmTotpInput } from './schemas';

/** Step 2: a code from the app proves it holds the secret; two-factor goes on and backup codes are issued (shown once). */
export async function confirmTotpEnrolment(ctx: Pick<AccountContext, 'user' | 'meta'>, input: ConfirmTotpInput): Promise<BackupCodes> {
  return withAccountScope(async (tx) => {
    const user = await getUserForUpdate(tx, ctx.user.id);
    if (user.mfaEnabled) throw conflict('Two-factor authentication is already on for this account.');
    if (!user.mfaSecret) throw invalid('Setup has not started or has expired. Start again.');
    const step = matchTotp(open(user.mfaSecret), input.code);
    if (step === null) throw invalid(INVALID_CODE, { code: [INVALID_CODE] });

    const backupCodes = newBackupCodes();
    await tx
      .update(users)
      .set({ mfaEnabled: true, mfaBackupCodes: backupCodes.map(hashBackupCode), mfaLastUsedStep: step })
      .where(and(eq(users.id, user.id), eq(users.mfaEnabled, false)));
    await recordAudit(tx, userActor(user, ctx.meta), {
      organizationId: null,
      action: 'account.mfa_enabled',
      entityType: 'user',
      entityId: user.id,
      oldValues: { mfaEnabled: false },
      newValues: { mfaEnabled: true, backupCodes: backupCodes.length },
    });
    return { backupCodes };
  });
}
