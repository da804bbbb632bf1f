import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { AppError } from '@/lib/server/errors';
import { requireCourierContext } from './context';

/** Pages: the CourierContext, or the sign-in page / a 404 (someone who is not a courier here learns nothing). */
export async function courierPageContext(orgSlug: string, path = `/courier/${orgSlug}`) {
  try {
    return await requireCourierContext(orgSlug);
  } catch (e) {
    if (e instanceof AppError && e.code === 'UNAUTHENTICATED') redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound();
    throw e;
  }
}
