import { createElement } from 'react';
import { and, eq, isNull } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { userEmailIs, users } from '@/db/schema';
import { ResetPasswordEmail } from '@/emails/reset-password';
import { issueToken } from '@/lib/auth/tokens';
import { sendEmail } from '@/lib/email/send-email';
import { env } from '@/lib/env';
import { enforceLimit, type Limit } from '@/lib/rate-limit/rate-limit';
import type { RequestMeta } from '@/lib/server/request-meta';

import type { ForgotPasswordInput } from './schemas';

export const RESET_EMAIL_LIMIT: Limit = { endpoint: 'password-reset:email', max: 3, windowSeconds: 3600 };
export const RESET_IP_LIMIT: Limit = { endpoint: 'password-reset:ip', max: 10, windowSeconds: 3600 };

/**
 * Emails a reset link when an active account has this address. The caller always tells
 * the user the same thing, so the form does not reveal which addresses have accounts;
 * the limits count unknown addresses too, for the same reason.
 */
export async function requestPasswordReset(meta: RequestMeta, input: ForgotPasswordInput, options: { linkBase?: string } = {}): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const message = (wait: string) => `Too many reset requests. Try again in ${wait}.`;
  await enforceLimit(RESET_IP_LIMIT, meta.ipAddress, message);
  await enforceLimit(RESET_EMAIL_LIMIT, email, message);

  const issued = await withGlobal(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(userEmailIs(email), eq(users.status, 'active'), isNull(users.deletedAt)));
    return user ? { to: user.email, token: await issueToken(tx, 'reset-password', user.id) } : null;
  });
  if (!issued) return;

  const url = `${options.linkBase ?? env.appUrl}/reset-password?token=${encodeURIComponent(issued.token)}`;
  await sendEmail({ to: issued.to, subject: 'Reset your password', template: 'reset-password', body: createElement(ResetPasswordEmail, { url }) });
}
