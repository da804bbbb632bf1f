import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { users, type User } from '@/db/schema';
import { createUser, TEST_PASSWORD } from '@/db/test/factories';
import { redeemSignInTicket, verifyMfaStep, verifyPasswordStep } from '@/lib/auth/sign-in';
import { currentTotp } from '@/lib/auth/totp';
import { open } from '@/lib/crypto/secret-box';
import { confirmTotpEnrolment } from './confirm-totp-enrolment';
import { disableTotp } from './disable-totp';
import { regenerateBackupCodes } from './regenerate-backup-codes';
import { startTotpEnrolment } from './start-totp-enrolment';
import { auditActions, freshMeta } from './testing';

const STEP_MS = 30_000;

/** A 6-digit code that is not valid for any time step the checks accept now. */
function wrongCode(secret: string) {
  const valid = new Set([-1, 0, 1, 2].map((d) => currentTotp(secret, Date.now() + d * STEP_MS)));
  for (let n = 0; ; n++) if (!valid.has(String(n).padStart(6, '0'))) return String(n).padStart(6, '0');
}

async function reload(user: User) {
  const [row] = await withGlobal((tx) => tx.select().from(users).where(eq(users.id, user.id)));
  return row!;
}

async function challengeFor(user: User) {
  const step = await verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, freshMeta());
  if (step.status !== 'mfa-required') throw new Error('expected a second step');
  return step.challenge;
}

/** A user with two-factor on, its secret, and its backup codes. The confirming code used the current time step. */
async function enrolledUser() {
  const user = await createUser();
  const ctx = { user, meta: freshMeta() };
  const { secret } = await startTotpEnrolment(ctx);
  const { backupCodes } = await confirmTotpEnrolment(ctx, { code: currentTotp(secret) });
  return { user: await reload(user), secret, backupCodes };
}

describe('TOTP two-factor authentication', () => {
  it('enrolment stores the secret sealed, and is not in force until a code confirms it', async () => {
    const user = await createUser();
    const enrolment = await startTotpEnrolment({ user });
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const pending = await reload(user);
    expect(pending.mfaEnabled).toBe(false);
    expect(pending.mfaSecret).not.toContain(enrolment.secret);
    expect(open(pending.mfaSecret!)).toBe(enrolment.secret);
    // Sign-in is still password-only.
    expect((await verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, freshMeta())).status).toBe('signed-in');

    await expect(confirmTotpEnrolment({ user, meta: freshMeta() }, { code: wrongCode(enrolment.secret) })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { code: [expect.any(String)] },
    });
    expect((await reload(user)).mfaEnabled).toBe(false);
  });

  it('enrol, confirm, then sign-in needs the code: wrong refused, right accepted once, replay refused, backup code works once', async () => {
    const { user, secret, backupCodes } = await enrolledUser();
    expect(user.mfaEnabled).toBe(true);
    expect(backupCodes).toHaveLength(10);
    expect(user.mfaBackupCodes).toHaveLength(10);
    expect(user.mfaBackupCodes).not.toContain(backupCodes[0]);
    expect((await auditActions(user.id)).map((a) => a.action)).toContain('account.mfa_enabled');

    // The password alone no longer signs in.
    const challenge = await challengeFor(user);

    await expect(verifyMfaStep({ challenge, code: wrongCode(secret) }, freshMeta())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { code: [expect.any(String)] } });

    // The confirmation used this time step, so the next one's code is the first that counts.
    const code = currentTotp(secret, Date.now() + STEP_MS);
    const { ticket } = await verifyMfaStep({ challenge, code }, freshMeta());
    expect((await redeemSignInTicket(ticket))?.id).toBe(user.id);

    // The same code cannot be replayed, not even with a fresh challenge.
    await expect(verifyMfaStep({ challenge: await challengeFor(user), code }, freshMeta())).rejects.toMatchObject({ code: 'INVALID' });
    // The challenge was used up too.
    await expect(verifyMfaStep({ challenge, code: backupCodes[0]! }, freshMeta())).rejects.toMatchObject({ code: 'INVALID', message: /expired/ });

    // A backup code works once (typed in upper case, without its dash).
    const second = await challengeFor(user);
    const typed = backupCodes[0]!.replace('-', '').toUpperCase();
    await expect(verifyMfaStep({ challenge: second, code: typed }, freshMeta())).resolves.toHaveProperty('ticket');
    await expect(verifyMfaStep({ challenge: await challengeFor(user), code: backupCodes[0]! }, freshMeta())).rejects.toMatchObject({ code: 'INVALID' });
    expect((await reload(user)).mfaBackupCodes).toHaveLength(9);
  });

  it('cannot be enrolled twice', async () => {
    const { user } = await enrolledUser();
    await expect(startTotpEnrolment({ user })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('new backup codes need a code and replace the old ones', async () => {
    const { user, secret, backupCodes } = await enrolledUser();
    const ctx = { user, meta: freshMeta() };
    await expect(regenerateBackupCodes(ctx, { code: 'zzzz-zzzz' })).rejects.toMatchObject({ code: 'INVALID' });
    const fresh = await regenerateBackupCodes(ctx, { code: currentTotp(secret, Date.now() + STEP_MS) });
    expect(fresh.backupCodes).toHaveLength(10);
    await expect(verifyMfaStep({ challenge: await challengeFor(user), code: backupCodes[1]! }, freshMeta())).rejects.toMatchObject({ code: 'INVALID' });
    await expect(verifyMfaStep({ challenge: await challengeFor(user), code: fresh.backupCodes[0]! }, freshMeta())).resolves.toHaveProperty('ticket');
    expect((await auditActions(user.id)).map((a) => a.action)).toContain('account.mfa_backup_codes_regenerated');
  });

  it('turning it off needs a valid code or the password, and then sign-in is password-only again', async () => {
    const { user, backupCodes } = await enrolledUser();
    const ctx = { user, meta: freshMeta() };
    await expect(disableTotp(ctx, { method: 'password', password: 'not my password' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { password: [expect.any(String)] } });
    await expect(disableTotp(ctx, { method: 'code', code: '123-456' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { code: [expect.any(String)] } });
    expect((await reload(user)).mfaEnabled).toBe(true);

    await disableTotp(ctx, { method: 'code', code: backupCodes[2]! });
    const after = await reload(user);
    expect(after).toMatchObject({ mfaEnabled: false, mfaSecret: null, mfaBackupCodes: [] });
    expect((await verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, freshMeta())).status).toBe('signed-in');
    expect((await auditActions(user.id)).map((a) => a.action)).toContain('account.mfa_disabled');

    const again = await enrolledUser();
    await disableTotp({ user: again.user, meta: freshMeta() }, { method: 'password', password: TEST_PASSWORD });
    expect((await reload(again.user)).mfaEnabled).toBe(false);
  });
});
