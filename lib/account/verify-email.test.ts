import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { users } from '@/db/schema';
import { createUser } from '@/db/test/factories';
import { issueToken } from '@/lib/auth/tokens';
import { RESEND_VERIFICATION_LIMIT, resendVerificationEmail } from './resend-verification-email';
import { signUp } from './sign-up';
import { auditActions, emailsTo, freshMeta, tokenFromLatestEmail } from './testing';
import { verifyEmail } from './verify-email';

async function reload(id: string) {
  const [row] = await withGlobal((tx) => tx.select().from(users).where(eq(users.id, id)));
  return row!;
}

describe('email verification', () => {
  it('the link from the sign-up email confirms the address, once', async () => {
    const user = await signUp(freshMeta(), { name: 'Vera', email: `vera-${Date.now()}@example.test`, password: 'sea glass 1990 kettle' });
    const token = await tokenFromLatestEmail(user.email, '/verify-email');
    expect(await verifyEmail(freshMeta(), token)).toEqual({ status: 'verified', userId: user.id });
    expect((await reload(user.id)).emailVerified).toBeInstanceOf(Date);
    expect((await auditActions(user.id)).map((a) => a.action)).toEqual(['account.signed_up', 'account.email_verified']);
    expect(await verifyEmail(freshMeta(), token)).toEqual({ status: 'invalid' });
  });

  it('an expired or made-up link does nothing', async () => {
    const user = await createUser({ emailVerified: null });
    const expired = await withGlobal((tx) => issueToken(tx, 'verify-email', user.id, new Date(Date.now() - 48 * 3600 * 1000)));
    expect(await verifyEmail(freshMeta(), expired)).toEqual({ status: 'invalid' });
    expect(await verifyEmail(freshMeta(), 'made-up')).toEqual({ status: 'invalid' });
    expect(await verifyEmail(freshMeta(), '')).toEqual({ status: 'invalid' });
    expect((await reload(user.id)).emailVerified).toBeNull();
  });

  it('a reset link is not a verification link', async () => {
    const user = await createUser({ emailVerified: null });
    const reset = await withGlobal((tx) => issueToken(tx, 'reset-password', user.id));
    expect(await verifyEmail(freshMeta(), reset)).toEqual({ status: 'invalid' });
  });

  it('resending sends a working link, three times an hour at most', async () => {
    const user = await createUser({ emailVerified: null });
    for (let i = 0; i < RESEND_VERIFICATION_LIMIT.max; i++) await expect(resendVerificationEmail({ user })).resolves.toEqual({ sentTo: user.email });
    await expect(resendVerificationEmail({ user })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await emailsTo(user.email)).toHaveLength(RESEND_VERIFICATION_LIMIT.max);
    expect((await verifyEmail(freshMeta(), await tokenFromLatestEmail(user.email, '/verify-email'))).status).toBe('verified');
  });

  it('there is nothing to resend once the address is confirmed', async () => {
    const user = await createUser();
    await expect(resendVerificationEmail({ user })).rejects.toMatchObject({ code: 'INVALID', message: /already confirmed/ });
  });
});
