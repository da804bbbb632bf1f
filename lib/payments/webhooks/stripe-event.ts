import type Stripe from 'stripe';

/**
 * What the webhook needs from a Stripe event, read defensively from the event's object (the
 * shapes differ by API version and by event type). Pure: unit-testable without Stripe.
 */
export type StripeEventKind = 'succeeded' | 'failed' | 'expired' | 'refund';

export type StripeRefundRef = { id: string; amount: number; currency: string; status: 'pending' | 'succeeded' | 'failed'; reason: string | null };

export type StripeEventRefs = {
  kind: StripeEventKind;
  orderId: string | null;
  organizationId: string | null;
  paymentIntentId: string | null;
  sessionId: string | null;
  /** Stripe's total given back on the charge (charge.refunded), when the event says. */
  amountRefunded: number | null;
  refunds: StripeRefundRef[];
  failureMessage: string | null;
  amount: number | null;
  currency: string | null;
};

const KINDS: Record<string, StripeEventKind> = {
  'checkout.session.completed': 'succeeded',
  'checkout.session.async_payment_succeeded': 'succeeded',
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'failed',
  'checkout.session.async_payment_failed': 'failed',
  'checkout.session.expired': 'expired',
  'payment_intent.canceled': 'expired',
  'charge.refunded': 'refund',
  'charge.refund.updated': 'refund',
  'refund.created': 'refund',
  'refund.updated': 'refund',
  'refund.failed': 'refund',
};

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const idOf = (v: unknown) => str(v) ?? (v && typeof v === 'object' ? str((v as Loose).id) : null);

function refundRef(refund: Loose): StripeRefundRef | null {
  const id = str(refund.id);
  const amount = num(refund.amount);
  if (!id || amount === null) return null;
  const status = str(refund.status);
  const metadata = (refund.metadata ?? {}) as Loose;
  return {
    id,
    amount,
    currency: (str(refund.currency) ?? '').toUpperCase(),
    status: status === 'succeeded' ? 'succeeded' : status === 'failed' || status === 'canceled' ? 'failed' : 'pending',
    reason: str(metadata.reason) ?? str(refund.reason),
  };
}

/** null: an event type this app does not act on (answered 200 and otherwise ignored). */
export function stripeEventRefs(event: Pick<Stripe.Event, 'type' | 'data'>): StripeEventRefs | null {
  const kind = KINDS[event.type];
  if (!kind) return null;
  const object = event.data.object as unknown as Loose;
  const metadata = (object.metadata ?? {}) as Loose;
  const objectType = str(object.object);
  const isSession = objectType === 'checkout.session';
  const isIntent = objectType === 'payment_intent';
  const isCharge = objectType === 'charge';
  const isRefund = objectType === 'refund';

  // A completed session that is not paid yet (a delayed method) is not a success.
  const effectiveKind = kind === 'succeeded' && isSession && object.payment_status !== 'paid' ? null : kind;
  if (!effectiveKind) return null;

  const refunds: StripeRefundRef[] = [];
  if (isRefund) {
    const ref = refundRef(object);
    if (ref) refunds.push(ref);
  }
  if (isCharge) {
    const list = (object.refunds as { data?: Loose[] } | null | undefined)?.data ?? [];
    for (const r of list) {
      const ref = refundRef(r);
      if (ref) refunds.push(ref);
    }
  }
  const lastError = (object.last_payment_error ?? null) as Loose | null;
  return {
    kind: effectiveKind,
    orderId: str(metadata.orderId) ?? (isSession ? str(object.client_reference_id) : null),
    organizationId: str(metadata.organizationId),
    paymentIntentId: isIntent ? str(object.id) : idOf(object.payment_intent),
    sessionId: isSession ? str(object.id) : null,
    amountRefunded: isCharge ? num(object.amount_refunded) : null,
    refunds,
    failureMessage: lastError ? str(lastError.message) : null,
    amount: isSession ? num(object.amount_total) : isIntent ? (num(object.amount_received) || num(object.amount)) : isCharge ? num(object.amount) : null,
    currency: str(object.currency)?.toUpperCase() ?? null,
  };
}
