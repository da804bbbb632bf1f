import type { Tx } from '@/db/client';
import type { Order, Payment } from '@/db/schema';
import type { OrderActor } from '@/lib/orders/change-order-status';
import type { StripeEventRefs } from './stripe-event';

/** One verified, first-seen event, with its order and payment locked in the handler's transaction. */
export type StripeEventContext = {
  tx: Tx;
  orgId: string;
  order: Order;
  payment: Payment;
  refs: StripeEventRefs;
  event: { id: string; type: string; created: number };
};

export const SYSTEM: OrderActor = { type: 'system', userId: null };

/** The payment's gateway_response with this event's facts merged in (the latest of each). */
export function gatewaySummary(ctx: StripeEventContext, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { refs, event } = ctx;
  return {
    ...(ctx.payment.gatewayResponse ?? {}),
    lastEvent: { id: event.id, type: event.type, created: new Date(event.created * 1000).toISOString() },
    ...(refs.paymentIntentId ? { paymentIntentId: refs.paymentIntentId } : {}),
    ...(refs.sessionId ? { checkoutSessionId: refs.sessionId } : {}),
    ...(refs.amount !== null && refs.kind === 'succeeded' ? { amountReceived: refs.amount, currency: refs.currency } : {}),
    ...(refs.failureMessage ? { failureMessage: refs.failureMessage } : {}),
    ...extra,
  };
}
