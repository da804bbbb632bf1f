import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditLogs, domains, type Domain } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/server/actor';
import type { TxtCheck } from './dns';

/** A verified domain is unverified (and stops routing) only after this many failed checks in a row: DNS has bad hours. */
export const FAILURES_BEFORE_UNVERIFIED = 3;

export type AppliedCheck = {
  status: Domain['status'];
  error: string | null;
  /** Failed checks in a row of a domain that was verified (0 after a success or for a never-verified domain). */
  consecutiveFailures: number;
  /** This check took the domain from verified to failed: its owners should hear about it. */
  unverified: boolean;
};

/**
 * The streak of failed checks of a verified domain. No column counts it: a failed check of a
 * verified domain leaves `last_check_error` set and writes its running count into its audit row,
 * and a success clears the error. So a set error means "the latest audit count is still running".
 */
async function failureStreak(tx: Tx, domain: Domain): Promise<number> {
  if (domain.lastCheckError === null) return 0;
  const [last] = await tx
    .select({ newValues: auditLogs.newValues })
    .from(auditLogs)
    .where(and(eq(auditLogs.entityType, 'domain'), eq(auditLogs.entityId, domain.id), eq(auditLogs.action, 'domain.check_failed')))
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(1);
  const count = (last?.newValues as { consecutiveFailures?: unknown } | null)?.consecutiveFailures;
  return typeof count === 'number' ? count : 0;
}

type Options = {
  /** Skip the audit row when nothing but the check time changes (the hourly re-check of a still-missing record). */
  quietWhenUnchanged?: boolean;
};

/**
 * Records one DNS check on a domain row locked by the caller: the one place that decides what a
 * check result does, shared by "Check now", the hourly re-check and the back office re-check.
 * - found: the domain is (or stays) verified and any failure streak ends;
 * - not found on a pending/failed domain: it is failed with the reason;
 * - not found on a verified domain: it stays verified until FAILURES_BEFORE_UNVERIFIED checks in a
 *   row failed, then it is failed, stops routing and is no longer the primary address.
 */
export async function applyCheckResult(tx: Tx, actor: Actor, domain: Domain, result: TxtCheck, now: Date, options: Options = {}): Promise<AppliedCheck> {
  const audit = (action: string, newValues: Record<string, unknown>) =>
    recordAudit(tx, actor, {
      organizationId: domain.organizationId,
      action,
      entityType: 'domain',
      entityId: domain.id,
      oldValues: { status: domain.status, error: domain.lastCheckError },
      newValues,
    });
  const update = (values: Partial<typeof domains.$inferInsert>) => tx.update(domains).set(values).where(eq(domains.id, domain.id));

  if (result.verified) {
    await update({ status: 'verified', verifiedAt: domain.status === 'verified' ? domain.verifiedAt : now, lastCheckedAt: now, lastCheckError: null });
    if (domain.status !== 'verified') await audit('domain.verified', { status: 'verified', error: null });
    else if (domain.lastCheckError !== null) await audit('domain.check_recovered', { status: 'verified', error: null, consecutiveFailures: 0 });
    else if (!options.quietWhenUnchanged) await audit('domain.check_passed', { status: 'verified', error: null });
    return { status: 'verified', error: null, consecutiveFailures: 0, unverified: false };
  }

  const { error } = result;
  if (domain.status === 'verified') {
    const consecutiveFailures = (await failureStreak(tx, domain)) + 1;
    if (consecutiveFailures >= FAILURES_BEFORE_UNVERIFIED) {
      await update({ status: 'failed', isPrimary: false, lastCheckedAt: now, lastCheckError: error });
      await audit('domain.unverified', { status: 'failed', error, consecutiveFailures, isPrimary: false });
      return { status: 'failed', error, consecutiveFailures, unverified: true };
    }
    await update({ lastCheckedAt: now, lastCheckError: error });
    await audit('domain.check_failed', { status: 'verified', error, consecutiveFailures });
    return { status: 'verified', error, consecutiveFailures, unverified: false };
  }

  await update({ status: 'failed', lastCheckedAt: now, lastCheckError: error });
  const unchanged = domain.status === 'failed' && domain.lastCheckError === error;
  if (!(options.quietWhenUnchanged && unchanged)) await audit('domain.check_failed', { status: 'failed', error });
  return { status: 'failed', error, consecutiveFailures: 0, unverified: false };
}
