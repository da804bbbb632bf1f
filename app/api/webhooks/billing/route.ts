import { billingConfig } from '@/lib/billing/config';
import { handleBillingEvent } from '@/lib/billing/webhooks/handle-billing-event';
import { readWebhookEvent } from '@/lib/payments/stripe/read-webhook-event';

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

  const verified = await readWebhookEvent(request, config.webhookSecret);
  if ('response' in verified) return verified.response;
  const { event } = verified;

  try {
    const outcome = await handleBillingEvent(config, event);
    return json({ received: true, ...outcome }, 200);
  } catch (e) {
    console.error(`[billing webhook] ${event.type} ${event.id}`, e);
    return json({ error: 'The event could not be processed; it will be retried.' }, 500);
  }
}
