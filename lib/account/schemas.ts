import { z } from 'zod';
import { isCommonPassword } from './common-passwords';

// Shared by the forms' resolvers, the server actions and the verbs.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address, like name@example.com.'));

/** A password being chosen (sign-up, reset, change). Existing passwords are checked as typed. */
export const NewPassword = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), 'This is one of the most common passwords. Choose one that is harder to guess.');

const CurrentPassword = z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.');

/** Where to go after signing in; sanitised with safeRedirectPath() before use. */
const CallbackUrl = z.string().max(2048).optional();

const Code = z.string().trim().min(1, 'Enter the code.').max(20, 'That code is too long.');

/** A person's display name. */
export const PersonName = z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.');

export const SignUpInput = z.object({
  name: PersonName,
  email: Email,
  password: NewPassword,
});
export type SignUpInput = z.infer<typeof SignUpInput>;

/** The sign-up form: the verb's fields plus where to go afterwards. */
export const SignUpFormInput = SignUpInput.extend({ callbackUrl: CallbackUrl });
export type SignUpFormInput = z.infer<typeof SignUpFormInput>;

export const SignInWithPasswordInput = z.object({
  email: Email,
  password: CurrentPassword,
  callbackUrl: CallbackUrl,
});
export type SignInWithPasswordInput = z.infer<typeof SignInWithPasswordInput>;

export const SignInWithCodeInput = z.object({
  challenge: z.string().min(1, 'This sign-in attempt has expired. Start again.').max(200),
  code: Code,
  callbackUrl: CallbackUrl,
});
export type SignInWithCodeInput = z.infer<typeof SignInWithCodeInput>;

/** What sign-in and sign-up actions return; the form navigates to `redirectTo`. */
export type SignedInResult = { status: 'signed-in'; redirectTo: string };
export type SignInResult = SignedInResult | { status: 'mfa-required'; challenge: string };

export const ForgotPasswordInput = z.object({ email: Email });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInput>;

export const ResetPasswordInput = z.object({
  token: z.string().min(1, 'This reset link is incomplete. Open the link from the email again.').max(200),
  password: NewPassword,
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const ChangePasswordInput = z
  .object({ currentPassword: CurrentPassword, newPassword: NewPassword })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from your current one.',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const UpdateProfileInput = z.object({ name: PersonName });
export type UpdateProfileInput = z.infer<typeof UpdateProfileInput>;

export const ConfirmTotpInput = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.')),
});
export type ConfirmTotpInput = z.infer<typeof ConfirmTotpInput>;

/** A TOTP code or a backup code. */
export const SecondFactorInput = z.object({ code: Code });
export type SecondFactorInput = z.infer<typeof SecondFactorInput>;

export const DisableTotpInput = z
  .object({
    method: z.enum(['code', 'password']),
    code: z.string().trim().max(20, 'That code is too long.').optional(),
    password: z.string().max(1024, 'That password is too long.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'code' && !v.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'Enter a code from your authenticator app or a backup code.' });
    if (v.method === 'password' && !v.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter your password.' });
  });
export type DisableTotpInput = z.infer<typeof DisableTotpInput>;

export const RevokeSessionInput = z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/, 'Unknown session.') });
export type RevokeSessionInput = z.infer<typeof RevokeSessionInput>;

export const NoInput = z.object({});

export type TotpEnrolment = { secret: string; uri: string; qrCodeDataUrl: string };
export type BackupCodes = { backupCodes: string[] };
