import type Stripe from 'stripe';
import type { BillingStatus } from '../internal';

/**
 * What the billing webhook needs from a Stripe Billing event, read defensively from its object
 * (API versions move fields: an invoice's subscription sits under parent.subscription_details in
 * newer ones, a subscription's period end on its items). Pure: unit-testable without Stripe.
 */
export type BillingEventKind = 'checkout_completed' | 'subscription_changed' | 'subscription_deleted' | 'payment_failed' | 'payment_succeeded';

export type BillingEventRefs = {
  kind: BillingEventKind;
  organizationId: string | null;
  customerId: string | null;
  subscriptionId: string | null;
  priceId: string | null;
  status: BillingStatus | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean | null;
};

const KINDS: Record<string, BillingEventKind> = {
  'checkout.session.completed': 'checkout_completed',
  'customer.subscription.created': 'subscription_changed',
  'customer.subscription.updated': 'subscription_changed',
  'customer.subscription.deleted': 'subscription_deleted',
  'invoice.payment_failed': 'payment_failed',
  'invoice.paid': 'payment_succeeded',
  'invoice.payment_succeeded': 'payment_succeeded',
};

/** Stripe's subscription statuses → ours (an expired incomplete one never started; a paused one is not paying). */
const STATUSES: Record<string, BillingStatus> = {
  incomplete: 'incomplete',
  incomplete_expired: 'canceled',
  trialing: 'trialing',
  active: 'active',
  past_due: 'past_due',
  unpaid: 'unpaid',
  paused: 'unpaid',
  canceled: 'canceled',
};

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
const idOf = (v: unknown) => str(v) ?? (v && typeof v === 'object' ? str((v as Loose).id) : null);
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});
const seconds = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? new Date(v * 1000) : null);

/** A subscription object's state (from an event, or read from Stripe). */
export function subscriptionRefs(object: Loose, kind: 'subscription_changed' | 'subscription_deleted'): BillingEventRefs {
  const item = obj((obj(object.items).data as unknown[] | undefined)?.[0]);
  return {
    kind,
    organizationId: str(obj(object.metadata).organizationId),
    customerId: idOf(object.customer),
    subscriptionId: str(object.id),
    priceId: idOf(item.price),
    status: kind === 'subscription_deleted' ? 'canceled' : (STATUSES[str(object.status) ?? ''] ?? null),
    currentPeriodEnd: seconds(object.current_period_end) ?? seconds(item.current_period_end),
    cancelAtPeriodEnd: object.cancel_at_period_end === true || typeof object.cancel_at === 'number',
  };
}

/** null: an event type billing does not act on (answered 2xx, recorded, otherwise ignored). */
export function billingEventRefs(event: Pick<Stripe.Event, 'type' | 'data'>): BillingEventRefs | null {
  const kind = KINDS[event.type];
  if (!kind) return null;
  const object = event.data.object as unknown as Loose;
  const metadata = obj(object.metadata);
  const none = { priceId: null, status: null, currentPeriodEnd: null, cancelAtPeriodEnd: null };

  if (kind === 'checkout_completed') {
    if (object.mode !== 'subscription') return null; // a one-off payment is not a plan
    return {
      kind,
      organizationId: str(metadata.organizationId) ?? str(object.client_reference_id),
      customerId: idOf(object.customer),
      subscriptionId: idOf(object.subscription),
      ...none,
    };
  }
  if (kind === 'subscription_changed' || kind === 'subscription_deleted') return subscriptionRefs(object, kind);
  const details = obj(obj(object.parent).subscription_details);
  return {
    kind,
    organizationId: str(obj(details.metadata).organizationId) ?? str(metadata.organizationId),
    customerId: idOf(object.customer),
    subscriptionId: idOf(details.subscription) ?? idOf(object.subscription),
    ...none,
  };
}
