import type { Tx } from '@/db/client';
import type { Domain } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';
import { applyCheckResult, type AppliedCheck } from './apply-check-result';
import { checkVerificationRecord, type ResolveTxt } from './dns';
import { getDomainInOrg } from './internal';
import { notifyDomainUnverified } from './notify-domain-unverified';

type Run = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * Looks up the TXT record (outside any transaction: DNS can take seconds), then applies the
 * result to the re-read, locked row, and tells the owners once the commit has made the domain
 * stop routing. `run` is the caller's scope: the member's, the back office's or the organization's.
 */
export async function runDomainCheck(
  run: Run,
  actor: Actor,
  domain: Pick<Domain, 'id' | 'organizationId' | 'hostname' | 'verificationToken'>,
  resolveTxt: ResolveTxt,
  now: Date,
  options: { quietWhenUnchanged?: boolean } = {},
): Promise<AppliedCheck> {
  const result = await checkVerificationRecord(domain.hostname, domain.verificationToken, resolveTxt);
  const applied = await run(async (tx) => {
    const current = await getDomainInOrg(tx, { orgId: domain.organizationId, id: domain.id });
    return applyCheckResult(tx, actor, current, result, now, options);
  });
  if (applied.unverified) await notifyDomainUnverified(domain.organizationId, domain.hostname, applied.error);
  return applied;
}
