import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { sessions, users } from '@/db/schema';
import { createUser, TEST_PASSWORD } from '@/db/test/factories';
import { checkSession, createSession } from '@/lib/auth/sessions';
import { verifyPasswordStep } from '@/lib/auth/sign-in';
import { issueToken } from '@/lib/auth/tokens';
import { RESET_EMAIL_LIMIT, requestPasswordReset } from './request-password-reset';
import { checkPasswordResetToken, resetPassword } from './reset-password';
import { auditActions, emailsTo, freshMeta, tokenFromLatestEmail, tokensFromEmails } from './testing';

const NEW_PASSWORD = 'violet canal 2044 compass';

describe('password reset', () => {
  it('emails a link; the link sets a new password once, ends every session, confirms the email and is audited', async () => {
    const user = await createUser({ emailVerified: null });
    const s1 = await createSession(user.id, freshMeta());
    const s2 = await createSession(user.id, freshMeta());

    await requestPasswordReset(freshMeta(), { email: user.email.toUpperCase() });
    await requestPasswordReset(freshMeta(), { email: user.email });
    const [latest] = await emailsTo(user.email);
    expect(latest).toMatchObject({ subject: 'Reset your password', template: 'reset-password' });
    const token = await tokenFromLatestEmail(user.email, '/reset-password');
    expect(await checkPasswordResetToken(token)).toBe(true);

    const updated = await resetPassword(freshMeta(), { token, password: NEW_PASSWORD });
    expect(updated.emailVerified).toBeInstanceOf(Date);
    expect(await checkSession(s1, user.id)).toBe(false);
    expect(await checkSession(s2, user.id)).toBe(false);
    expect(await withGlobal((tx) => tx.select().from(sessions).where(eq(sessions.userId, user.id)))).toHaveLength(0);
    expect((await auditActions(user.id)).map((a) => a.action)).toContain('account.password_reset');

    // Once only, and the other emailed link stopped working too.
    expect(await checkPasswordResetToken(token)).toBe(false);
    await expect(resetPassword(freshMeta(), { token, password: 'another long passphrase' })).rejects.toMatchObject({ code: 'INVALID', message: /expired or was already used/ });
    const tokens = await tokensFromEmails(user.email, '/reset-password');
    expect(tokens).toHaveLength(2);
    for (const t of tokens) expect(await checkPasswordResetToken(t)).toBe(false);

    await expect(verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, freshMeta())).rejects.toMatchObject({ code: 'INVALID' });
    await expect(verifyPasswordStep({ email: user.email, password: NEW_PASSWORD }, freshMeta())).resolves.toMatchObject({ status: 'signed-in' });
  });

  it('an expired link does not work', async () => {
    const user = await createUser();
    const token = await withGlobal((tx) => issueToken(tx, 'reset-password', user.id, new Date(Date.now() - 2 * 3600 * 1000)));
    expect(await checkPasswordResetToken(token)).toBe(false);
    await expect(resetPassword(freshMeta(), { token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: 'INVALID' });
    const [row] = await withGlobal((tx) => tx.select().from(users).where(eq(users.id, user.id)));
    expect(row!.passwordHash).toBe(user.passwordHash);
  });

  it('says nothing about unknown addresses and sends nothing to them', async () => {
    const email = `nobody-${Date.now()}@example.test`;
    await expect(requestPasswordReset(freshMeta(), { email })).resolves.toBeUndefined();
    expect(await emailsTo(email)).toHaveLength(0);
  });

  it('is rate limited per email address, known or not', async () => {
    const user = await createUser();
    for (let i = 0; i < RESET_EMAIL_LIMIT.max; i++) await requestPasswordReset(freshMeta(), { email: user.email });
    await expect(requestPasswordReset(freshMeta(), { email: user.email })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await emailsTo(user.email)).toHaveLength(RESET_EMAIL_LIMIT.max);
    const unknown = `ghost-${Date.now()}@example.test`;
    for (let i = 0; i < RESET_EMAIL_LIMIT.max; i++) await requestPasswordReset(freshMeta(), { email: unknown });
    await expect(requestPasswordReset(freshMeta(), { email: unknown })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('is rate limited per IP address', async () => {
    const meta = freshMeta();
    for (let i = 0; i < 10; i++) await requestPasswordReset(meta, { email: `spray-${i}-${Date.now()}@example.test` });
    await expect(requestPasswordReset(meta, { email: `spray-x-${Date.now()}@example.test` })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('does not reset a disabled account', async () => {
    const user = await createUser({ status: 'banned' });
    await requestPasswordReset(freshMeta(), { email: user.email });
    expect(await emailsTo(user.email)).toHaveLength(0);
  });
});
