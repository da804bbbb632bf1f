import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, type User } from '@/db/schema';
import { open } from '@/lib/crypto/secret-box';
import { hashBackupCode } from './backup-codes';
import { matchTotp } from './totp';

/**
 * Uses up a TOTP code (its time step must be newer than the last one accepted, so a code
 * cannot be replayed) or a backup code (removed as it is used). Conditional updates keep
 * both single-use under parallel requests. Used at sign-in and for security changes.
 */
export async function consumeSecondFactor(tx: Tx, user: Pick<User, 'id' | 'mfaSecret'>, code: string): Promise<boolean> {
  if (!user.mfaSecret) return false;
  const compact = code.replace(/\s+/g, '');
  if (/^\d{6}$/.test(compact)) {
    const step = matchTotp(open(user.mfaSecret), compact);
    if (step === null) return false;
    const updated = await tx
      .update(users)
      .set({ mfaLastUsedStep: step })
      .where(and(eq(users.id, user.id), sql`coalesce(${users.mfaLastUsedStep}, -1) < ${step}`))
      .returning({ id: users.id });
    return updated.length === 1;
  }
  const hash = hashBackupCode(compact);
  const updated = await tx
    .update(users)
    .set({ mfaBackupCodes: sql`array_remove(${users.mfaBackupCodes}, ${hash})` })
    .where(and(eq(users.id, user.id), sql`${hash} = any(${users.mfaBackupCodes})`))
    .returning({ id: users.id });
  return updated.length === 1;
}
