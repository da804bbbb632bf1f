import { eq } from 'drizzle-orm';
import { domains } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { systemResolveTxt, type ResolveTxt } from '@/lib/tenancy/domains/dns';
import { runDomainCheck } from '@/lib/tenancy/domains/run-domain-check';
import type { RecheckDomainInput } from './schemas';

/**
 * Support's "Re-check now" on any tenant's domain: the same check and the same rules as the
 * merchant's "Check now" and the hourly job, audited with the admin as the actor.
 */
export async function recheckDomain(ctx: AdminContext, input: RecheckDomainInput, resolveTxt: ResolveTxt = systemResolveTxt) {
  requirePlatformPermission(ctx, 'domains.recheck');
  const [domain] = await ctx.tx((tx) =>
    tx
      .select({ id: domains.id, organizationId: domains.organizationId, hostname: domains.hostname, verificationToken: domains.verificationToken })
      .from(domains)
      .where(eq(domains.id, input.domainId)),
  );
  if (!domain) throw notFound('Domain');
  const applied = await runDomainCheck(ctx.tx, ctx.actor, domain, resolveTxt, new Date());
  return { hostname: domain.hostname, status: applied.status, error: applied.error };
}
