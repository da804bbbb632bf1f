import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { billingSubscriptions, type BillingSubscription, type Organization } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import type { EmailMessage } from '@/lib/email/send-email';
import { systemActor } from '@/lib/server/actor';
import type { BillingConfig } from '../config';
import type { BillingStatus } from '../internal';
import type { BillingEventRefs } from './billing-event';

/** The subscription as Stripe has it now, read again for invoice events (which carry no subscription state). */
export type RemoteSubscription = { id: string; status: BillingStatus | null; priceId: string | null; currentPeriodEnd: Date | null; cancelAtPeriodEnd: boolean };

/** One verified, first-seen billing event, with its organization's subscription row locked in the handler's transaction. */
export type BillingEventContext = {
  tx: Tx;
  config: BillingConfig;
  org: Organization;
  row: BillingSubscription;
  refs: BillingEventRefs;
  remote: RemoteSubscription | null;
  event: { id: string; type: string; created: Date };
  /** Sent after the transaction commits. */
  emails: EmailMessage[];
};

export type Applied = { status: 'processed' | 'ignored'; reason?: string };

type Patch = Partial<Pick<BillingSubscription, 'stripeSubscriptionId' | 'plan' | 'status' | 'currentPeriodEnd' | 'cancelAtPeriodEnd' | 'graceUntil' | 'lastEventAt'>>;

/** Updates the locked row and records what changed (by the system, naming the Stripe event). */
export async function updateSubscriptionRow(ctx: BillingEventContext, patch: Patch, action: string) {
  const changes = diff(ctx.row as unknown as Record<string, unknown>, patch as Record<string, unknown>);
  if (!changes.changed) return;
  await ctx.tx.update(billingSubscriptions).set({ ...patch, updatedAt: new Date() }).where(eq(billingSubscriptions.organizationId, ctx.org.id));
  delete changes.newValues.lastEventAt;
  delete changes.oldValues.lastEventAt;
  if (Object.keys(changes.newValues).length === 0) return;
  await recordAudit(ctx.tx, systemActor, {
    organizationId: ctx.org.id,
    action,
    entityType: 'billing_subscription',
    entityId: ctx.org.id,
    oldValues: changes.oldValues,
    newValues: changes.newValues,
    reason: `Stripe event ${ctx.event.type} (${ctx.event.id})`,
  });
}
