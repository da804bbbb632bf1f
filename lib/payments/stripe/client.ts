import Stripe from 'stripe';

/**
 * The Stripe SDK on one organization's account (its own secret key). STRIPE_API_HOST /
 * STRIPE_API_PORT / STRIPE_API_PROTOCOL point it at another server: tests and e2e use a
 * local fake (lib/payments/testing/fake-stripe-server.ts); production leaves them unset.
 */
export function stripeFor(secretKey: string): Stripe {
  const host = process.env.STRIPE_API_HOST || undefined;
  const port = process.env.STRIPE_API_PORT || undefined;
  const protocol = process.env.STRIPE_API_PROTOCOL === 'http' ? 'http' : process.env.STRIPE_API_PROTOCOL === 'https' ? 'https' : undefined;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'commerce-platform' },
    ...(host ? { host } : {}),
    ...(port ? { port } : {}),
    ...(protocol ? { protocol } : {}),
  });
}

export type { Stripe };
