import { describe, expect, it } from 'vitest';
import { count, sql } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { emailOutbox, users } from '@/db/schema';
import { verifyPasswordStep } from '@/lib/auth/sign-in';
import { AppError } from '@/lib/server/errors';
import { publicAction } from '@/lib/server/action';
import { signUp, SIGN_UP_LIMIT, EMAIL_TAKEN } from './sign-up';
import { SignUpInput } from './schemas';
import { auditActions, emailsTo, freshMeta } from './testing';

const unique = () => Math.random().toString(36).slice(2, 10);
const PASSWORD = 'plum orchard 1987 lantern';

async function usersWithEmail(email: string) {
  return withGlobal((tx) => tx.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`));
}

describe('signUp', () => {
  it('creates the account with a lower-case email and an argon2id hash, audits it, and emails a confirmation link', async () => {
    const email = `New.Merchant-${unique()}@Example.test`;
    const user = await signUp(freshMeta(), SignUpInput.parse({ name: 'Nora Merchant', email, password: PASSWORD }));

    expect(user.email).toBe(email.toLowerCase());
    expect(user.name).toBe('Nora Merchant');
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.emailVerified).toBeNull();
    expect(user.mfaEnabled).toBe(false);

    const [audit] = await auditActions(user.id);
    expect(audit).toMatchObject({ action: 'account.signed_up', organizationId: null, actorType: 'user', entityType: 'user' });

    const [mail] = await emailsTo(user.email);
    expect(mail).toMatchObject({ subject: 'Confirm your email address', template: 'verify-email', status: 'stored' });
    expect(mail!.html).toMatch(/\/verify-email\?token=/);

    // The new password signs in.
    await expect(verifyPasswordStep({ email, password: PASSWORD }, freshMeta())).resolves.toMatchObject({ status: 'signed-in' });
  });

  it('refuses an email that already has an account, whatever its case, next to the email field', async () => {
    const email = `taken-${unique()}@example.test`;
    await signUp(freshMeta(), { name: 'First', email, password: PASSWORD });
    const error = await signUp(freshMeta(), { name: 'Second', email: email.toUpperCase(), password: PASSWORD }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'CONFLICT', fieldErrors: { email: [EMAIL_TAKEN] } });
    expect(await usersWithEmail(email)).toHaveLength(1);
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it('two parallel sign-ups with the same email: exactly one succeeds', async () => {
    const email = `race-${unique()}@example.test`;
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => signUp(freshMeta(), { name: `Racer ${i}`, email, password: PASSWORD })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures).toHaveLength(4);
    for (const f of failures) expect(f.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it('bad input through the action returns field errors and writes nothing', async () => {
    const action = publicAction(SignUpInput, signUp);
    const before = await withGlobal(async (tx) => ({
      users: (await tx.select({ n: count() }).from(users))[0]!.n,
      emails: (await tx.select({ n: count() }).from(emailOutbox))[0]!.n,
    }));
    const result = await action({ name: '', email: 'nobody-at-example', password: '123' });
    expect(result.error?.code).toBe('INVALID');
    expect(Object.keys(result.error?.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password']);
    const common = await action({ name: 'A', email: `c-${unique()}@example.test`, password: 'password123' });
    expect(common.error?.fieldErrors?.password?.[0]).toMatch(/most common passwords/);
    const after = await withGlobal(async (tx) => ({
      users: (await tx.select({ n: count() }).from(users))[0]!.n,
      emails: (await tx.select({ n: count() }).from(emailOutbox))[0]!.n,
    }));
    expect(after).toEqual(before);
  });

  it('limits sign-ups per IP address', async () => {
    const meta = freshMeta();
    for (let i = 0; i < SIGN_UP_LIMIT.max; i++) {
      await signUp(meta, { name: 'Bulk', email: `bulk-${i}-${unique()}@example.test`, password: PASSWORD });
    }
    const email = `one-too-many-${unique()}@example.test`;
    await expect(signUp(meta, { name: 'Bulk', email, password: PASSWORD })).rejects.toMatchObject({ code: 'RATE_LIMITED', message: /Try again in \d+ minutes?/ });
    expect(await usersWithEmail(email)).toHaveLength(0);
    // Another network is not affected.
    await expect(signUp(freshMeta(), { name: 'Other', email, password: PASSWORD })).resolves.toMatchObject({ email });
  });
});
