import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { orders, payments, type Order } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { conflict, notFound } from '@/lib/server/errors';
import { stripeFor } from './client';
import { loadStripeGateway } from './gateway';

/** Stripe accepts a Checkout Session expiry between 30 minutes and 24 hours after creation. */
const MIN_EXPIRY_SECONDS = 31 * 60;
const MAX_EXPIRY_SECONDS = 23 * 3600 + 55 * 60;

export function sessionExpiresAt(paymentDueAt: Date | null, now = new Date()): number {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const due = paymentDueAt ? Math.floor(paymentDueAt.getTime() / 1000) : nowSeconds + MIN_EXPIRY_SECONDS;
  return Math.min(Math.max(due, nowSeconds + MIN_EXPIRY_SECONDS), nowSeconds + MAX_EXPIRY_SECONDS);
}

function itemsSummary(order: Order): string {
  const text = order.priceSnapshot.lines.map((l) => `${l.quantity} × ${l.name}${l.variantName && l.variantName !== 'Default' ? ` (${l.variantName})` : ''}`).join(', ');
  return text.length > 480 ? `${text.slice(0, 479)}…` : text;
}

/**
 * Sends the shopper to a Stripe Checkout Session on the organization's own account for a
 * placed card order. The session has ONE line, "Order <number>", for the order's frozen total:
 * itemised lines would make Stripe add up its own total from unit prices, and the snapshot's
 * discount share, tax and shipping (each rounded per line) could then differ from the total
 * the shopper confirmed by a minor unit. One line charges exactly `order.total`; the items
 * are listed in its description. Only cards are offered, so the outcome is known while the
 * stock is still held (delayed methods would settle days after the reservation ends).
 *
 * A second call while the session is still open returns the same session; after it expired
 * (or failed) a new one replaces it on the payment row.
 */
export async function startCardPayment(ctx: StorefrontContext, order: Order, urls: { successUrl: string; cancelUrl: string }): Promise<{ redirectUrl: string }> {
  const orgId = ctx.org.id;
  const { gateway, current, payment } = await ctx.tx(async (tx) => {
    const [current] = await tx.select().from(orders).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id)));
    const [payment] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.organizationId, orgId), eq(payments.orderId, order.id), eq(payments.method, 'card')))
      .orderBy(desc(payments.createdAt))
      .limit(1);
    return { gateway: await loadStripeGateway(tx, orgId), current, payment };
  });
  if (!current || !payment) throw notFound('Order');
  if (!gateway) throw conflict('Card payments are not available in this store right now. Please choose another way to pay.');
  const payable = current.paymentMethod === 'card' && current.status === 'pending' && (current.paymentStatus === 'pending' || current.paymentStatus === 'failed');
  if (!payable || payment.status === 'completed') throw conflict(`Order ${current.number} cannot be paid by card any more.`);
  if (current.paymentDueAt && current.paymentDueAt.getTime() <= Date.now()) throw conflict(`The time to pay for order ${current.number} has passed.`);

  const stripe = stripeFor(gateway.secretKey);
  if (payment.gatewaySessionId) {
    const existing = await stripe.checkout.sessions.retrieve(payment.gatewaySessionId).catch(() => null);
    if (existing?.status === 'open' && existing.url) return { redirectUrl: existing.url };
  }

  const metadata = { orderId: current.id, organizationId: orgId };
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      allowed_payment_method_types: ['card'],
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: current.currency.toLowerCase(),
            unit_amount: current.total,
            product_data: { name: `Order ${current.number}`, description: itemsSummary(current) || undefined },
          },
        },
      ],
      customer_email: current.email,
      client_reference_id: current.id,
      expires_at: sessionExpiresAt(current.paymentDueAt),
      metadata,
      payment_intent_data: { metadata },
      success_url: urls.successUrl,
      cancel_url: urls.cancelUrl,
    },
    // A double submit gets the same session; a retry after the previous session ended gets a new one.
    { idempotencyKey: `checkout-${payment.id}-${payment.gatewaySessionId ?? 'first'}` },
  );
  if (!session.url) throw conflict('Stripe did not return a payment page. Please try again.');
  const paymentIntentId = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);

  await ctx.tx((tx) =>
    tx
      .update(payments)
      .set({
        gatewaySessionId: session.id,
        ...(paymentIntentId && !payment.gatewayTransactionId ? { gatewayTransactionId: paymentIntentId } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(payments.organizationId, orgId), eq(payments.id, payment.id))),
  );
  return { redirectUrl: session.url };
}
