import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { AppError } from './errors';
import { requireAdminContext, requireOrgContext } from './context';
import { getCurrentUser } from '@/lib/auth/current-user';

/** Pages: the OrgContext, or the sign-in page / a 404 (a non-member learns nothing about the org). */
export async function orgPageContext(orgSlug: string) {
  try {
    return await requireOrgContext(orgSlug);
  } catch (e) {
    if (e instanceof AppError && e.code === 'UNAUTHENTICATED') redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/dashboard/${orgSlug}`)}`);
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}

/** Pages: the AdminContext, or the sign-in page / a 404 for anyone who is not platform staff. */
export async function adminPageContext() {
  try {
    return await requireAdminContext();
  } catch (e) {
    if (e instanceof AppError && e.code === 'UNAUTHENTICATED') redirect('/sign-in?callbackUrl=%2Fadmin');
    if (e instanceof AppError && e.code === 'FORBIDDEN') notFound();
    throw e;
  }
}

/** Pages that need any signed-in user. */
export async function userPageContext(callbackUrl: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}
