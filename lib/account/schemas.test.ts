import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import { ChangePasswordInput, ConfirmTotpInput, DisableTotpInput, SignUpInput } from './schemas';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('isCommonPassword', () => {
  it('recognises the most common passwords, whatever the case', () => {
    expect(isCommonPassword('1234567890')).toBe(true);
    expect(isCommonPassword('Password123')).toBe(true);
    expect(isCommonPassword('QWERTYUIOP')).toBe(true);
  });

  it('lets ordinary passphrases through', () => {
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    expect(isCommonPassword('tulip-garage-47-window')).toBe(false);
  });
});

describe('SignUpInput', () => {
  it('normalises the email to lower case and trims the name', () => {
    const parsed = SignUpInput.parse({ name: '  Ada ', email: ' Ada@Example.COM ', password: 'a long enough passphrase' });
    expect(parsed).toEqual({ name: 'Ada', email: 'ada@example.com', password: 'a long enough passphrase' });
  });

  it('explains each problem next to its field', () => {
    const result = SignUpInput.safeParse({ name: '', email: 'not-an-email', password: 'short' });
    expect(messages(result)).toEqual({
      name: 'Enter your name.',
      email: 'Enter a valid email address, like name@example.com.',
      password: 'Use at least 10 characters.',
    });
  });

  it('refuses common and over-long passwords', () => {
    expect(messages(SignUpInput.safeParse({ name: 'A', email: 'a@b.test', password: 'password123' })).password).toMatch(/most common passwords/);
    expect(messages(SignUpInput.safeParse({ name: 'A', email: 'a@b.test', password: 'x'.repeat(129) })).password).toBe('Use at most 128 characters.');
  });
});

describe('account security schemas', () => {
  it('a new password must differ from the current one', () => {
    const result = ChangePasswordInput.safeParse({ currentPassword: 'same old passphrase', newPassword: 'same old passphrase' });
    expect(messages(result).newPassword).toMatch(/different/);
  });

  it('a TOTP confirmation is six digits (spaces allowed)', () => {
    expect(ConfirmTotpInput.parse({ code: '123 456' }).code).toBe('123456');
    expect(ConfirmTotpInput.safeParse({ code: '12345' }).success).toBe(false);
  });

  it('turning two-factor off needs the field of the chosen method', () => {
    expect(messages(DisableTotpInput.safeParse({ method: 'code' })).code).toBeDefined();
    expect(messages(DisableTotpInput.safeParse({ method: 'password', code: '123456' })).password).toBe('Enter your password.');
    expect(DisableTotpInput.safeParse({ method: 'password', password: 'secret' }).success).toBe(true);
  });
});
