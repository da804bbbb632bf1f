import 'server-only';
import { eq, or } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Tx } from '@/db/client';
import { withPlatform } from '@/db/scope';
import { billingSubscriptions, billingWebhookEvents, organizations, type BillingSubscription } from '@/db/schema';
import { queueBillingEmails } from '../billing-emails';
import { billingStripe, type BillingConfig } from '../config';
import { billingEventRefs, subscriptionRefs, type BillingEventRefs } from './billing-event';
import type { Applied, BillingEventContext, RemoteSubscription } from './event-context';
import { onCheckoutCompleted } from './on-checkout-completed';
import { onPaymentFailed } from './on-payment-failed';
import { onPaymentSucceeded } from './on-payment-succeeded';
import { onSubscriptionChanged } from './on-subscription-changed';
import { onSubscriptionDeleted } from './on-subscription-deleted';

export type BillingEventOutcome = { status: 'processed' | 'duplicate' | 'ignored' | 'stale'; reason?: string };

/** How far along a subscription's life a status is: an event of the same second may only move it forward. */
const STATUS_RANK = { none: 0, incomplete: 1, trialing: 2, active: 2, past_due: 3, unpaid: 4, canceled: 5 } as const;

/**
 * Subscription events carry the subscription's whole state; only the newest may apply (Stripe
 * does not deliver in order). Stripe's `created` has one-second resolution and one checkout
 * emits created(incomplete) and updated(active) in the same second, so on a tie the event
 * applies unless it would move the status backwards.
 */
function isStale(row: BillingSubscription, refs: BillingEventRefs, created: Date): boolean {
  if (refs.kind !== 'subscription_changed' && refs.kind !== 'subscription_deleted') return false;
  if (!row.lastEventAt) return false;
  if (created.getTime() !== row.lastEventAt.getTime()) return created < row.lastEventAt;
  return refs.status !== null && STATUS_RANK[refs.status] < STATUS_RANK[row.status];
}

/** The organization's row, locked: by subscription, by customer, else made from our metadata on the Stripe object. */
async function lockSubscriptionRow(tx: Tx, refs: BillingEventRefs): Promise<BillingSubscription | null> {
  const keys = [
    refs.subscriptionId ? eq(billingSubscriptions.stripeSubscriptionId, refs.subscriptionId) : undefined,
    refs.customerId ? eq(billingSubscriptions.stripeCustomerId, refs.customerId) : undefined,
  ].filter((k) => k !== undefined);
  if (keys.length > 0) {
    const rows = await tx.select().from(billingSubscriptions).where(or(...keys)).for('update');
    const found = rows.find((r) => r.stripeSubscriptionId === refs.subscriptionId) ?? rows[0];
    if (found) return found;
  }
  if (!refs.organizationId || !refs.customerId) return null;
  const [org] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, refs.organizationId));
  if (!org) return null;
  await tx.insert(billingSubscriptions).values({ organizationId: org.id, stripeCustomerId: refs.customerId }).onConflictDoNothing();
  const [row] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.organizationId, org.id)).for('update');
  return row ?? null;
}

/** Invoice events say nothing of the subscription's state: ask Stripe (before the transaction, so no lock waits on the network). */
async function readRemoteSubscription(config: BillingConfig, refs: BillingEventRefs): Promise<RemoteSubscription | null> {
  if ((refs.kind !== 'payment_failed' && refs.kind !== 'payment_succeeded') || !refs.subscriptionId) return null;
  try {
    const subscription = await billingStripe(config).subscriptions.retrieve(refs.subscriptionId);
    const current = subscriptionRefs(subscription as unknown as Record<string, unknown>, 'subscription_changed');
    return { id: subscription.id, status: current.status, priceId: current.priceId, currentPeriodEnd: current.currentPeriodEnd, cancelAtPeriodEnd: current.cancelAtPeriodEnd ?? false };
  } catch (e) {
    if ((e as { code?: string }).code === 'resource_missing') return null;
    throw e;
  }
}

const HANDLERS: Record<BillingEventRefs['kind'], (ctx: BillingEventContext) => Promise<Applied>> = {
  checkout_completed: onCheckoutCompleted,
  subscription_changed: onSubscriptionChanged,
  subscription_deleted: onSubscriptionDeleted,
  payment_failed: onPaymentFailed,
  payment_succeeded: onPaymentSucceeded,
};

/**
 * One verified platform billing event, in ONE transaction whose first write is the event id: a
 * redelivered event conflicts there and changes nothing. Billing is a named platform flow (like a
 * storefront's host lookup): an event arrives before we know which tenant it is for, so it runs
 * in the platform scope and finds the organization by its Stripe ids or our metadata. Emails go
 * out after the commit.
 */
export async function handleBillingEvent(config: BillingConfig, event: Stripe.Event): Promise<BillingEventOutcome> {
  const refs = billingEventRefs(event);
  const remote = refs ? await readRemoteSubscription(config, refs) : null;
  const created = new Date(event.created * 1000);
  const emails: BillingEventContext['emails'] = [];

  const outcome = await withPlatform(async (tx): Promise<BillingEventOutcome> => {
    const [fresh] = await tx
      .insert(billingWebhookEvents)
      .values({ eventId: event.id, eventType: event.type, outcome: 'processing' })
      .onConflictDoNothing()
      .returning({ id: billingWebhookEvents.id });
    if (!fresh) return { status: 'duplicate' };
    const record = async (result: BillingEventOutcome, organizationId: string | null = null) => {
      await tx.update(billingWebhookEvents).set({ outcome: result.reason ? `${result.status}: ${result.reason}` : result.status, organizationId }).where(eq(billingWebhookEvents.id, fresh.id));
      return result;
    };
    if (!refs) return record({ status: 'ignored', reason: `${event.type} is not used` });

    const row = await lockSubscriptionRow(tx, refs);
    if (!row) return record({ status: 'ignored', reason: 'no organization has this customer or subscription' });
    if (isStale(row, refs, created)) return record({ status: 'stale', reason: 'a newer event was applied already' }, row.organizationId);
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, row.organizationId));
    const ctx: BillingEventContext = { tx, config, org: org!, row, refs, remote, event: { id: event.id, type: event.type, created }, emails };
    return record(await HANDLERS[refs.kind](ctx), row.organizationId);
  });
  if (outcome.status === 'processed') await queueBillingEmails(emails);
  return outcome;
}
