import { requirePermission, type OrgContext } from '@/lib/server/context';
import { systemResolveTxt, type ResolveTxt } from './dns';
import { getDomainInOrg } from './internal';
import { runDomainCheck } from './run-domain-check';
import type { DomainIdInput } from './schemas';

/**
 * "Check now": looks for the verification TXT record. A domain stays `pending` until its first
 * check; a check that does not find the record marks it `failed` (with the reason and time),
 * and a later successful check makes it `verified`. A verified domain can be checked again, e.g.
 * after fixing a record the hourly re-check reported missing (apply-check-result.ts).
 */
export async function checkDomain(ctx: OrgContext, input: DomainIdInput, resolveTxt: ResolveTxt = systemResolveTxt) {
  requirePermission(ctx, 'domains.manage');
  const domain = await ctx.tx((tx) => getDomainInOrg(tx, { orgId: ctx.org.id, id: input.domainId }));
  const applied = await runDomainCheck(ctx.tx, ctx.actor, domain, resolveTxt, new Date());
  return { status: applied.status, error: applied.error };
}
