import { desc, eq } from 'drizzle-orm';
import { withGlobal, withPlatform } from '@/db/scope';
import { auditLogs, emailOutbox } from '@/db/schema';
import type { RequestMeta } from '@/lib/server/request-meta';
import { extractEmailLinks } from '@/lib/email/mailbox/email-links';

// Helpers for this module's integration tests.

let ipCounter = 0;
/** Request meta with an IP no other test uses, so per-IP limits do not leak between tests. */
export function freshMeta(): RequestMeta {
  ipCounter += 1;
  return { ipAddress: `10.${process.pid % 250}.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`, userAgent: 'vitest' };
}

export async function emailsTo(to: string) {
  return withGlobal((tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.to, to)).orderBy(desc(emailOutbox.createdAt)));
}

/** The `token` query parameters of the links to `path` in the emails to `to`, newest first. */
export async function tokensFromEmails(to: string, path: string): Promise<string[]> {
  return (await emailsTo(to)).flatMap((email) =>
    extractEmailLinks(email.html)
      .map((l) => new URL(l.href))
      .filter((url) => url.pathname === path && url.searchParams.has('token'))
      .map((url) => url.searchParams.get('token')!),
  );
}

export async function tokenFromLatestEmail(to: string, path: string): Promise<string> {
  const [token] = await tokensFromEmails(to, path);
  if (!token) throw new Error(`no email to ${to} links to ${path}`);
  return token;
}

/** Audit rows written by `userId` (as the actor), oldest first. */
export async function auditActions(userId: string) {
  return withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.actorUserId, userId)).orderBy(auditLogs.createdAt));
}
