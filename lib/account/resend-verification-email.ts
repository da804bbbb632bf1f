import { withGlobal } from '@/db/scope';
import { issueToken } from '@/lib/auth/tokens';
import { enforceLimit, type Limit } from '@/lib/rate-limit/rate-limit';
import { invalid } from '@/lib/server/errors';
import type { AccountContext } from './internal';
import { sendVerificationEmail } from './send-verification-email';

export const RESEND_VERIFICATION_LIMIT: Limit = { endpoint: 'verify-email:resend', max: 3, windowSeconds: 3600 };

/** Sends a fresh confirmation link to the signed-in user (3 an hour). Earlier links keep working. */
export async function resendVerificationEmail(ctx: Pick<AccountContext, 'user'>): Promise<{ sentTo: string }> {
  if (ctx.user.emailVerified) throw invalid('Your email address is already confirmed.');
  await enforceLimit(RESEND_VERIFICATION_LIMIT, ctx.user.id, (wait) => `We already sent several emails. Try again in ${wait}.`);
  const token = await withGlobal((tx) => issueToken(tx, 'verify-email', ctx.user.id));
  await sendVerificationEmail(ctx.user, token);
  return { sentTo: ctx.user.email };
}
