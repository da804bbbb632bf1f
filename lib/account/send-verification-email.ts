import { createElement } from 'react';
import { VerifyEmail } from '@/emails/verify-email';
import { env } from '@/lib/env';
import { sendEmail } from '@/lib/email/send-email';

/** Emails the confirmation link. Call after the transaction that issued `token` has committed. */
export function sendVerificationEmail(user: { name: string | null; email: string }, token: string, linkBase: string = env.appUrl) {
  const url = `${linkBase}/verify-email?token=${encodeURIComponent(token)}`;
  return sendEmail({
    to: user.email,
    subject: 'Confirm your email address',
    template: 'verify-email',
    body: createElement(VerifyEmail, { name: user.name, url }),
  });
}
