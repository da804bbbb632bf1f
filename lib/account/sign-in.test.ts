import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '@/db/test/factories';
import { withPlatform } from '@/db/scope';
import { users } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { ACCOUNT_FAILURE_LIMIT, IP_FAILURE_LIMIT, redeemSignInTicket, verifyPasswordStep } from '@/lib/auth/sign-in';
import { freshMeta } from './testing';

const attempt = (email: string, password: string, meta = freshMeta()) =>
  verifyPasswordStep({ email, password }, meta).then(
    (r) => ({ ok: r }),
    (e: { code?: string }) => ({ error: e.code }),
  );

describe('signing in with a password', () => {
  it('the right password gives a one-time ticket; a wrong one is refused next to the password field', async () => {
    const user = await createUser();
    const wrong = verifyPasswordStep({ email: user.email, password: 'not the password' }, freshMeta());
    await expect(wrong).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { password: [expect.stringMatching(/do not match/)] } });
    const result = await verifyPasswordStep({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, freshMeta());
    expect(result.status).toBe('signed-in');
    const ticket = result.status === 'signed-in' ? result.ticket : '';
    expect((await redeemSignInTicket(ticket))?.id).toBe(user.id);
    expect(await redeemSignInTicket(ticket)).toBeNull();
  });

  it('an unknown email gets the same answer as a wrong password', async () => {
    await expect(verifyPasswordStep({ email: 'nobody-here@example.test', password: 'whatever it is' }, freshMeta())).rejects.toMatchObject({
      code: 'INVALID',
      message: 'That email and password do not match an account.',
    });
  });

  it('a disabled account cannot sign in, even with the right password', async () => {
    const user = await createUser();
    await withPlatform((tx) => tx.update(users).set({ status: 'suspended' }).where(eq(users.id, user.id)));
    await expect(verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, freshMeta())).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/disabled/),
    });
  });

  it('after the per-account limit, further attempts are refused, even with the right password', async () => {
    const user = await createUser();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT.max; i++) expect(await attempt(user.email, `wrong ${i}`)).toEqual({ error: 'INVALID' });
    const blocked = verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, freshMeta());
    await expect(blocked).rejects.toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/Try again in \d+ minutes?/) });
    // Other accounts are unaffected.
    const other = await createUser();
    expect(await attempt(other.email, TEST_PASSWORD)).toMatchObject({ ok: { status: 'signed-in' } });
  });

  it('30 parallel wrong guesses from different IPs: at most 10 are checked, the rest are rate limited', async () => {
    const user = await createUser();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(user.email, `guess ${i}`)));
    const invalid = results.filter((r) => 'error' in r && r.error === 'INVALID').length;
    const limited = results.filter((r) => 'error' in r && r.error === 'RATE_LIMITED').length;
    expect(invalid).toBeLessThanOrEqual(ACCOUNT_FAILURE_LIMIT.max);
    expect(invalid + limited).toBe(30);
    expect(limited).toBeGreaterThanOrEqual(30 - ACCOUNT_FAILURE_LIMIT.max);
  });

  it('a successful sign-in does not count as a failure', async () => {
    const user = await createUser();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT.max - 1; i++) await attempt(user.email, `wrong ${i}`);
    for (let i = 0; i < 3; i++) expect(await attempt(user.email, TEST_PASSWORD)).toMatchObject({ ok: { status: 'signed-in' } });
    expect(await attempt(user.email, 'wrong again')).toEqual({ error: 'INVALID' });
    expect(await attempt(user.email, TEST_PASSWORD)).toEqual({ error: 'RATE_LIMITED' });
  });

  it('failures from one IP across many accounts hit the per-IP limit', async () => {
    const meta = freshMeta();
    const accounts = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    let failures = 0;
    // Spread the guesses so no single account reaches its own limit first.
    for (let round = 0; failures < IP_FAILURE_LIMIT.max; round++) {
      for (const account of accounts) {
        if (failures === IP_FAILURE_LIMIT.max) break;
        expect(await attempt(account.email, `wrong ${round}`, meta)).toEqual({ error: 'INVALID' });
        failures++;
      }
    }
    const fresh = await createUser();
    expect(await attempt(fresh.email, TEST_PASSWORD, meta)).toEqual({ error: 'RATE_LIMITED' });
    expect(await attempt(fresh.email, TEST_PASSWORD, freshMeta())).toMatchObject({ ok: { status: 'signed-in' } });
  });
});
