import 'server-only';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { billingSubscriptions, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { EmailMessage } from '@/lib/email/send-email';
import { setOrganizationPlan } from '@/lib/plans/set-organization-plan';
import { systemActor } from '@/lib/server/actor';
import { downgradedEmails, queueBillingEmails } from './billing-emails';

const UNPAID = ['past_due', 'unpaid'] as const;

const overdue = (now: Date) => and(lte(billingSubscriptions.graceUntil, now), inArray(billingSubscriptions.status, UNPAID));

/**
 * Hourly (pg-boss 'billing-grace-periods'): organizations whose failed renewal is still unpaid
 * when the grace period ends move to Free, and their owners are told what Free allows. Each
 * organization in its own transaction, its row locked with SKIP LOCKED and the condition checked
 * again under the lock: two runs at once, or one run twice, downgrade and email once.
 * Billing is a named platform flow: this job works across tenants, so it uses the platform scope.
 * Stripe keeps retrying the charge; a later invoice.paid gives the plan back (on-payment-succeeded).
 */
export async function enforceGracePeriods(now: Date): Promise<{ downgraded: number }> {
  const due = await withPlatform((tx) => tx.select({ organizationId: billingSubscriptions.organizationId }).from(billingSubscriptions).where(overdue(now)));
  let downgraded = 0;
  for (const { organizationId } of due) {
    const emails: EmailMessage[] = [];
    await withPlatform(async (tx) => {
      const [row] = await tx
        .select()
        .from(billingSubscriptions)
        .where(and(eq(billingSubscriptions.organizationId, organizationId), overdue(now)))
        .for('update', { skipLocked: true });
      if (!row) return; // another run has it, or it was paid meanwhile
      await tx.update(billingSubscriptions).set({ graceUntil: null, updatedAt: new Date() }).where(eq(billingSubscriptions.organizationId, organizationId));
      const changed = await setOrganizationPlan(tx, {
        organizationId,
        to: 'free',
        source: 'grace_period',
        reason: `The renewal was still unpaid when the grace period ended (${row.graceUntil!.toISOString()})`,
      });
      if (!changed) return;
      downgraded++;
      await recordAudit(tx, systemActor, {
        organizationId,
        action: 'billing.grace_period_ended',
        entityType: 'billing_subscription',
        entityId: organizationId,
        oldValues: { plan: changed.from, graceUntil: row.graceUntil },
        newValues: { plan: 'free', graceUntil: null },
      });
      const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
      emails.push(...(await downgradedEmails(tx, org!, changed.from, 'grace_period')));
    });
    await queueBillingEmails(emails);
  }
  return { downgraded };
}
