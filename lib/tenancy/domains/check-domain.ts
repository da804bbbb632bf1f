import { eq } from 'drizzle-orm';
import { domains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { checkVerificationRecord, systemResolveTxt, type ResolveTxt } from './dns';
import { getDomainInOrg } from './internal';
import type { DomainIdInput } from './schemas';

/**
 * "Check now": looks for the verification TXT record. A domain stays `pending` until its first
 * check; a check that does not find the record marks it `failed` (with the reason and time),
 * and a later successful check makes it `verified`. DNS runs outside any transaction.
 */
export async function checkDomain(ctx: OrgContext, input: DomainIdInput, resolveTxt: ResolveTxt = systemResolveTxt) {
  requirePermission(ctx, 'domains.manage');
  const domain = await ctx.tx((tx) => getDomainInOrg(tx, { orgId: ctx.org.id, id: input.domainId }));
  if (domain.status === 'verified') return { status: domain.status, error: null };

  const result = await checkVerificationRecord(domain.hostname, domain.verificationToken, resolveTxt);
  const now = new Date();
  return ctx.tx(async (tx) => {
    const current = await getDomainInOrg(tx, { orgId: ctx.org.id, id: domain.id });
    const next = result.verified
      ? { status: 'verified' as const, verifiedAt: now, lastCheckedAt: now, lastCheckError: null }
      : { status: 'failed' as const, lastCheckedAt: now, lastCheckError: result.error };
    await tx.update(domains).set(next).where(eq(domains.id, current.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: result.verified ? 'domain.verified' : 'domain.check_failed',
      entityType: 'domain',
      entityId: current.id,
      oldValues: { status: current.status },
      newValues: { status: next.status, error: next.lastCheckError },
    });
    return { status: next.status, error: next.lastCheckError };
  });
}
