import Stripe from 'stripe';

/**
 * A Stripe webhook request checked against a signing secret on its raw body, before anything
 * is read or written: the event, or the 400 answer (missing or bad signature). Shared by the
 * stores' payment webhook and the platform's billing webhook.
 */
export async function readWebhookEvent(request: Request, secret: string): Promise<{ event: Stripe.Event } | { response: Response }> {
  const raw = await request.text();
  const signature = request.headers.get('stripe-signature');
  if (!signature) return { response: Response.json({ error: 'Missing Stripe-Signature header.' }, { status: 400 }) };
  try {
    return { event: Stripe.webhooks.constructEvent(raw, signature, secret) };
  } catch {
    return { response: Response.json({ error: 'Invalid signature.' }, { status: 400 }) };
  }
}
