import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { emailOutbox } from '@/db/schema';

/** One stored email, or null. */
export async function getMailboxEmail(id: string) {
  const [email] = await withGlobal((tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.id, id)));
  return email ?? null;
}
