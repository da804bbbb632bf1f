import QRCode from 'qrcode';
import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { newTotpSecret, totpUri } from '@/lib/auth/totp';
import { seal } from '@/lib/crypto/secret-box';
import { conflict } from '@/lib/server/errors';
import { withAccountScope, type AccountContext } from './internal';
import type { TotpEnrolment } from './schemas';

/**
 * Step 1 of turning on two-factor: a new secret, stored sealed, but not in force until a
 * code from the authenticator confirms it. Starting again replaces an unconfirmed secret.
 */
export async function startTotpEnrolment(ctx: Pick<AccountContext, 'user'>): Promise<TotpEnrolment> {
  const secret = newTotpSecret();
  const stored = await withAccountScope((tx) =>
    tx
      .update(users)
      .set({ mfaSecret: seal(secret), mfaLastUsedStep: null })
      .where(and(eq(users.id, ctx.user.id), eq(users.mfaEnabled, false)))
      .returning({ id: users.id }),
  );
  if (stored.length === 0) throw conflict('Two-factor authentication is already on for this account.');
  const uri = totpUri(secret, ctx.user.email);
  const qrCodeDataUrl = await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  return { secret, uri, qrCodeDataUrl };
}
