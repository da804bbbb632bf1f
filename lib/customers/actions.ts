'use server';

import { signIn } from '@/lib/auth/auth';
import { requireUser } from '@/lib/auth/current-user';
import { safeRedirectPath } from '@/lib/account/safe-redirect';
import { SignInWithCodeInput, SignInWithPasswordInput, SignUpFormInput, type SignedInResult, type SignInResult } from '@/lib/account/schemas';
import { storefrontAction } from '@/lib/server/action';
import { joinStore } from './join-store';
import { registerShopper } from './register-shopper';
import { NoInput, UpdateCustomerProfileInput } from './schemas';
import { signInShopper, verifyShopperCode } from './sign-in-shopper';
import { updateCustomerProfile } from './update-customer-profile';

// Storefront actions take the site first (`action.bind(null, site)` in pages); the store is
// resolved from it, never from the input. The session cookie is set for this host only.

const AFTER_SIGN_IN = '/account';

export const storefrontSignUp = storefrontAction(SignUpFormInput, async (ctx, input): Promise<SignedInResult> => {
  const { ticket } = await registerShopper(ctx, input);
  await signIn('ticket', { ticket, redirect: false });
  return { status: 'signed-in', redirectTo: safeRedirectPath(input.callbackUrl, AFTER_SIGN_IN) };
});

export const storefrontSignIn = storefrontAction(SignInWithPasswordInput, async (ctx, input): Promise<SignInResult> => {
  const step = await signInShopper(ctx, input);
  if (step.status === 'mfa-required') return step;
  await signIn('ticket', { ticket: step.ticket, redirect: false });
  return { status: 'signed-in', redirectTo: safeRedirectPath(input.callbackUrl, AFTER_SIGN_IN) };
});

export const storefrontSignInWithCode = storefrontAction(SignInWithCodeInput, async (ctx, input): Promise<SignedInResult> => {
  const { ticket } = await verifyShopperCode(ctx, input);
  await signIn('ticket', { ticket, redirect: false });
  return { status: 'signed-in', redirectTo: safeRedirectPath(input.callbackUrl, AFTER_SIGN_IN) };
});

export const joinStoreAction = storefrontAction(NoInput, async (ctx) => {
  const customer = await joinStore(ctx, await requireUser());
  return { customerId: customer.id };
});

export const updateCustomerProfileAction = storefrontAction(UpdateCustomerProfileInput, async (ctx, input) => {
  const customer = await updateCustomerProfile(ctx, await requireUser(), input);
  return { name: customer.name, email: customer.email, phone: customer.phone };
});
