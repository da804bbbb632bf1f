import { findStripeWebhookSecret } from '@/lib/payments/stripe/gateway';
import { readWebhookEvent } from '@/lib/payments/stripe/read-webhook-event';
import { handleStripeEvent } from '@/lib/payments/webhooks/handle-stripe-event';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const json = (body: unknown, status: number) => Response.json(body, { status });

/**
 * Stripe → one organization's webhook endpoint (the URL Settings → Payments shows). The
 * signature is checked on the raw body with that organization's signing secret before
 * anything is read or written; a bad or missing signature gets 400 and changes nothing.
 * Errors while processing answer 500, so Stripe delivers the event again later.
 */
export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org: orgId } = await params;
  const secret = /^org_[0-9a-z]{10,40}$/.test(orgId) ? await findStripeWebhookSecret(orgId) : null;
  if (!secret) return json({ error: 'No Stripe account is connected for this address.' }, 404);

  const verified = await readWebhookEvent(request, secret);
  if ('response' in verified) return verified.response;
  const { event } = verified;

  try {
    const outcome = await handleStripeEvent(orgId, event);
    return json({ received: true, ...outcome }, 200);
  } catch (e) {
    console.error(`[stripe webhook] ${event.type} ${event.id} for ${orgId}`, e);
    return json({ error: 'The event could not be processed; it will be retried.' }, 500);
  }
}
