import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { users, type User } from '@/db/schema';
import { AppError } from '@/lib/server/errors';
import { auth } from './auth';

/** The signed-in, active user of this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [user] = await withGlobal((tx) => tx.select().from(users).where(eq(users.id, id)));
  return user && user.status === 'active' && !user.deletedAt ? user : null;
});

export const getCurrentSessionId = cache(async (): Promise<string | null> => (await auth())?.sessionId || null);

export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
}
