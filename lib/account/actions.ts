'use server';

import { revalidatePath } from 'next/cache';
import { signIn, signOut } from '@/lib/auth/auth';
import { getCurrentSessionId } from '@/lib/auth/current-user';
import { issueSignInTicket, verifyMfaStep, verifyPasswordStep } from '@/lib/auth/sign-in';
import { publicAction, userAction, type UserActionContext } from '@/lib/server/action';
import { changePassword } from './change-password';
import { confirmTotpEnrolment } from './confirm-totp-enrolment';
import { disableTotp } from './disable-totp';
import type { AccountContext } from './internal';
import { regenerateBackupCodes } from './regenerate-backup-codes';
import { requestPasswordReset } from './request-password-reset';
import { resendVerificationEmail } from './resend-verification-email';
import { resetPassword } from './reset-password';
import { revokeOtherSessions } from './revoke-other-sessions';
import { revokeSession } from './revoke-session';
import { safeRedirectPath } from './safe-redirect';
import {
  ChangePasswordInput,
  ConfirmTotpInput,
  DisableTotpInput,
  ForgotPasswordInput,
  NoInput,
  ResetPasswordInput,
  RevokeSessionInput,
  SecondFactorInput,
  SignInWithCodeInput,
  SignInWithPasswordInput,
  SignUpFormInput,
  UpdateProfileInput,
  type SignedInResult,
  type SignInResult,
} from './schemas';
import { signUp } from './sign-up';
import { startTotpEnrolment } from './start-totp-enrolment';
import { updateProfile } from './update-profile';

const SECURITY_PAGE = '/account/security';

/** Turns a ticket from lib/auth/sign-in.ts into the session cookie. */
async function startSession(ticket: string) {
  await signIn('ticket', { ticket, redirect: false });
}

/** The account verbs also need this browser's session id (to keep it, or to mark it). */
function withSession<I, R>(verb: (ctx: AccountContext, input: I) => Promise<R>) {
  return async (ctx: UserActionContext, input: I) => verb({ ...ctx, sessionId: await getCurrentSessionId() }, input);
}

// --- Signing up, in and out --------------------------------------------------------------

export const signUpAction = publicAction(SignUpFormInput, async (meta, input): Promise<SignedInResult> => {
  const user = await signUp(meta, input);
  await startSession(await issueSignInTicket(user.id));
  return { status: 'signed-in', redirectTo: safeRedirectPath(input.callbackUrl, '/onboarding') };
});

export const signInWithPassword = publicAction(SignInWithPasswordInput, async (meta, input): Promise<SignInResult> => {
  const step = await verifyPasswordStep(input, meta);
  if (step.status === 'mfa-required') return step;
  await startSession(step.ticket);
  return { status: 'signed-in', redirectTo: safeRedirectPath(input.callbackUrl, '/dashboard') };
});

export const signInWithCode = publicAction(SignInWithCodeInput, async (meta, input): Promise<SignedInResult> => {
  const { ticket } = await verifyMfaStep(input, meta);
  await startSession(ticket);
  return { status: 'signed-in', redirectTo: safeRedirectPath(input.callbackUrl, '/dashboard') };
});

/** Ends this browser's session (the next-auth signOut event deletes its row) and goes home. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

// --- Email verification and password reset ------------------------------------------------

export const resendVerificationEmailAction = userAction(NoInput, (ctx) => resendVerificationEmail(ctx));

export const requestPasswordResetAction = publicAction(ForgotPasswordInput, async (meta, input) => {
  await requestPasswordReset(meta, input);
  return { sent: true as const };
});

/**
 * After a reset the user is signed in, unless two-factor is on: an emailed link alone must
 * not get past the second factor, so they sign in again with the new password and a code.
 */
export const resetPasswordAction = publicAction(ResetPasswordInput, async (meta, input): Promise<{ redirectTo: string }> => {
  const user = await resetPassword(meta, input);
  if (user.mfaEnabled) return { redirectTo: '/sign-in?reset=1' };
  await startSession(await issueSignInTicket(user.id));
  return { redirectTo: '/dashboard' };
});

// --- Account settings ---------------------------------------------------------------------

export const updateProfileAction = userAction(UpdateProfileInput, async (ctx, input) => {
  const result = await updateProfile(ctx, input);
  revalidatePath('/account', 'layout');
  return result;
});

export const changePasswordAction = userAction(ChangePasswordInput, withSession(changePassword));

export const startTotpEnrolmentAction = userAction(NoInput, (ctx) => startTotpEnrolment(ctx));

export const confirmTotpEnrolmentAction = userAction(ConfirmTotpInput, async (ctx, input) => {
  const result = await confirmTotpEnrolment(ctx, input);
  revalidatePath(SECURITY_PAGE);
  return result;
});

export const disableTotpAction = userAction(DisableTotpInput, async (ctx, input) => {
  await disableTotp(ctx, input);
  revalidatePath(SECURITY_PAGE);
  return { disabled: true as const };
});

export const regenerateBackupCodesAction = userAction(SecondFactorInput, async (ctx, input) => {
  const result = await regenerateBackupCodes(ctx, input);
  revalidatePath(SECURITY_PAGE);
  return result;
});

export const revokeSessionAction = userAction(
  RevokeSessionInput,
  withSession(async (ctx, input: RevokeSessionInput) => {
    await revokeSession(ctx, input);
    revalidatePath(SECURITY_PAGE);
    return { revoked: true as const };
  }),
);

export const revokeOtherSessionsAction = userAction(
  NoInput,
  withSession(async (ctx) => {
    const result = await revokeOtherSessions(ctx);
    revalidatePath(SECURITY_PAGE);
    return result;
  }),
);
