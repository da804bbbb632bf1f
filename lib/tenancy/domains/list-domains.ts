import { asc, eq } from 'drizzle-orm';
import { domains } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';

/** The organization's custom domains, oldest first (at most MAX_DOMAINS, so shown in full). */
export async function listDomains(ctx: OrgContext) {
  requirePermission(ctx, 'domains.view');
  return ctx.tx((tx) =>
    tx.select().from(domains).where(eq(domains.organizationId, ctx.org.id)).orderBy(asc(domains.createdAt), asc(domains.id)),
  );
}
