import { containsPattern, pageWindow } from '@/lib/server/list-query';
import { count, desc, ilike } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { emailOutbox } from '@/db/schema';

export const MAILBOX_PAGE_SIZE = 20;

/** The development mailbox: stored emails, newest first, optionally for one recipient (substring match). */
export async function listMailboxEmails(input: { to?: string; page?: number }) {
  const to = input.to?.trim();
  const where = to ? ilike(emailOutbox.to, containsPattern(to)) : undefined;
  return withGlobal(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(emailOutbox).where(where);
    const { page, totalPages, offset } = pageWindow(total, input.page ?? 1, MAILBOX_PAGE_SIZE);
    const items = await tx
      .select({
        id: emailOutbox.id,
        to: emailOutbox.to,
        subject: emailOutbox.subject,
        template: emailOutbox.template,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
      })
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(MAILBOX_PAGE_SIZE)
      .offset(offset);
    return { items, total, page, totalPages };
  });
}
