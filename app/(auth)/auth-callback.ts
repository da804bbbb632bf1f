import 'server-only';
import { redirect } from 'next/navigation';
import { safeRedirectPath } from '@/lib/account/safe-redirect';
import { getCurrentUser } from '@/lib/auth/current-user';
import { firstParam, type SearchParams } from '@/lib/server/search-params';

/**
 * Sign-in and sign-up: where to go afterwards (`?callbackUrl=`, kept only if it is a safe
 * relative path) and the query that hands it on to the other page. Someone already signed in
 * goes there at once; without a callback the actions pick the default (dashboard, onboarding).
 */
export async function authPageCallback(params: Awaited<SearchParams>) {
  const callbackUrl = safeRedirectPath(firstParam(params.callbackUrl), '') || undefined;
  if (await getCurrentUser()) redirect(callbackUrl ?? '/dashboard');
  return { callbackUrl, query: callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : '' };
}
