import Stripe from 'stripe';
import { billingConfig } from '@/lib/billing/config';
import { handleBillingEvent } from '@/lib/billing/webhooks/handle-billing-event';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const json = (body: unknown, status: number) => Response.json(body, { status });

/**
 * Stripe Billing (the platform's own account) → the platform. Separate from the tenants'
 * payment webhook (/api/webhooks/stripe/[org]); the same rules: the signature is checked on the
 * raw body before anything is read or written (400 and no change when it is bad or missing),
 * unknown event types get 2xx, and processing errors 500 so Stripe delivers again.
 */
export async function POST(request: Request) {
  const config = billingConfig();
  if (!config) return json({ error: 'Billing is not set up on this platform.' }, 404);
  if (!config.webhookSecret) return json({ error: 'The billing webhook has no signing secret configured.' }, 503);

  const raw = await request.text();
  const signature = request.headers.get('stripe-signature');
  if (!signature) return json({ error: 'Missing Stripe-Signature header.' }, 400);
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(raw, signature, config.webhookSecret);
  } catch {
    return json({ error: 'Invalid signature.' }, 400);
  }

  try {
    const outcome = await handleBillingEvent(config, event);
    return json({ received: true, ...outcome }, 200);
  } catch (e) {
    console.error(`[billing webhook] ${event.type} ${event.id}`, e);
    return json({ error: 'The event could not be processed; it will be retried.' }, 500);
  }
}
