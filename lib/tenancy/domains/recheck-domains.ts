import { and, asc, eq, isNull, lt, notLike, or, sql } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { domains, organizations } from '@/db/schema';
import { systemActor } from '@/lib/server/actor';
import { systemResolveTxt, type ResolveTxt } from './dns';
import { runDomainCheck } from './run-domain-check';

/** Most domains a run checks; the rest (checked longest ago last) wait for the next hour. */
export const RECHECK_BATCH = 300;
/** DNS lookups in flight at once: the resolver, not the database, is the slow part. */
export const RECHECK_CONCURRENCY = 5;
/** A domain checked more recently than this (say, "Check now" a minute ago) waits for the next run. */
export const RECHECK_MIN_AGE_MS = 30 * 60 * 1000;

/**
 * Top-level domains reserved for testing and documentation (RFC 2606, RFC 6761): they never exist
 * in public DNS, so a re-check could only fail. The demo's verified `acme-goods.test` would
 * otherwise stop routing three hours after `npm run demo` starts. Left as they are.
 */
export const RESERVED_TLDS = ['test', 'example', 'invalid', 'localhost'] as const;
const notReserved = and(...RESERVED_TLDS.map((tld) => notLike(domains.hostname, `%.${tld}`)));

export type RecheckSummary = { checked: number; verified: number; failed: number; unverified: number; errors: number };

/**
 * The hourly job (lib/jobs/handlers.ts): checks every custom domain again, oldest check first.
 * A pending or failed domain whose record has appeared since becomes verified without anyone
 * pressing "Check now"; a verified domain whose record is gone stops routing after
 * FAILURES_BEFORE_UNVERIFIED failed runs in a row (its owners are emailed). Audited as the system.
 */
export async function recheckDomains(now: Date, resolveTxt: ResolveTxt = systemResolveTxt): Promise<RecheckSummary> {
  const checkedBefore = new Date(now.getTime() - RECHECK_MIN_AGE_MS);
  // The one cross-tenant read: which domains are due. Each check then runs in its organization's scope.
  const due = await withPlatform((tx) =>
    tx
      .select({ id: domains.id, organizationId: domains.organizationId, hostname: domains.hostname, verificationToken: domains.verificationToken })
      .from(domains)
      .innerJoin(organizations, eq(organizations.id, domains.organizationId))
      .where(and(isNull(organizations.deletedAt), notReserved, or(isNull(domains.lastCheckedAt), lt(domains.lastCheckedAt, checkedBefore))))
      .orderBy(sql`${domains.lastCheckedAt} asc nulls first`, asc(domains.id))
      .limit(RECHECK_BATCH),
  );

  const summary: RecheckSummary = { checked: 0, verified: 0, failed: 0, unverified: 0, errors: 0 };
  let next = 0;
  async function worker() {
    while (next < due.length) {
      const domain = due[next++]!;
      try {
        const applied = await runDomainCheck((fn) => withOrg(domain.organizationId, fn), systemActor, domain, resolveTxt, now, { quietWhenUnchanged: true });
        summary.checked++;
        if (applied.status === 'verified') summary.verified++;
        else summary.failed++;
        if (applied.unverified) summary.unverified++;
      } catch (e) {
        // One bad row (removed meanwhile, a database hiccup) must not stop the others.
        summary.errors++;
        console.error(`Could not re-check domain ${domain.hostname}`, e);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(RECHECK_CONCURRENCY, due.length) }, worker));
  return summary;
}
