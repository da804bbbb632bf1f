import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { redeemToken, revokeTokens } from '@/lib/auth/tokens';
import type { RequestMeta } from '@/lib/server/request-meta';
import { getUserForUpdate, withAccountScope } from './internal';
import { userActor } from '@/lib/server/actor';

export type VerifyEmailResult = { status: 'verified'; userId: string } | { status: 'invalid' };

/** Redeems an emailed confirmation link: marks the address verified. A link works once. */
export async function verifyEmail(meta: RequestMeta, token: string): Promise<VerifyEmailResult> {
  if (!token) return { status: 'invalid' };
  return withAccountScope(async (tx) => {
    const userId = await redeemToken(tx, 'verify-email', token);
    if (!userId) return { status: 'invalid' } as const;
    const user = await getUserForUpdate(tx, userId);
    await tx
      .update(users)
      .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, userId));
    await revokeTokens(tx, 'verify-email', userId);
    if (!user.emailVerified) {
      await recordAudit(tx, userActor(user, meta), {
        organizationId: null,
        action: 'account.email_verified',
        entityType: 'user',
        entityId: userId,
        newValues: { email: user.email },
      });
    }
    return { status: 'verified', userId } as const;
  });
}
