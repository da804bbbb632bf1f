import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from './errors';

/**
 * A page's lookup, with a verb's NOT_FOUND turned into Next's 404 page (dashboard and back
 * office alike). Anything else is rethrown.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}
