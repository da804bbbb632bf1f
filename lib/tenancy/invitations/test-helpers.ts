import { desc, eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { emailOutbox } from '@/db/schema';

/** The token from the newest invitation email sent to `to` (tests only): what the invitee clicks. */
export async function tokenFromLatestEmail(to: string): Promise<string> {
  const [mail] = await withGlobal((tx) =>
    tx.select().from(emailOutbox).where(eq(emailOutbox.to, to)).orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id)).limit(1),
  );
  const token = mail?.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`No invitation email to ${to}`);
  return token;
}

export async function emailsTo(to: string) {
  return withGlobal((tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.to, to)));
}
