import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { withPlatform } from '@/db/scope';
import { billingSubscriptions } from '@/db/schema';

/** Test helpers for platform billing: the env a test file sets (in vi.hoisted, before lib/env loads), events and signed requests. */
export const BILLING_TEST_ENV = {
  BILLING_STRIPE_SECRET_KEY: 'sk_test_platform_billing',
  BILLING_STRIPE_WEBHOOK_SECRET: 'whsec_platform_billing_test',
  BILLING_PRICE_BASIC: 'price_basic_test',
  BILLING_PRICE_PRO: 'price_pro_test',
  BILLING_PRICE_ENTERPRISE: 'price_enterprise_test',
};

const hex = (n = 12) => randomBytes(n).toString('hex');

/** A Stripe event; `created` in seconds (defaults to now). */
export function billingEvent(type: string, object: Record<string, unknown>, { created = Math.floor(Date.now() / 1000), id = `evt_test_${hex()}` } = {}): Stripe.Event {
  return { id, object: 'event', type, api_version: Stripe.API_VERSION, created, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object } } as unknown as Stripe.Event;
}

export const subscriptionObject = (p: { id: string; customer: string; price: string; status?: string; organizationId?: string; periodEnd?: number; cancelAtPeriodEnd?: boolean }) => ({
  id: p.id,
  object: 'subscription',
  customer: p.customer,
  status: p.status ?? 'active',
  metadata: p.organizationId ? { organizationId: p.organizationId } : {},
  cancel_at_period_end: p.cancelAtPeriodEnd ?? false,
  items: { object: 'list', data: [{ id: `si_test_${hex()}`, price: { id: p.price }, current_period_end: p.periodEnd ?? Math.floor(Date.now() / 1000) + 30 * 86_400 }] },
});

export const invoiceObject = (p: { customer: string; subscription: string }) => ({
  id: `in_test_${hex()}`,
  object: 'invoice',
  customer: p.customer,
  parent: { type: 'subscription_details', subscription_details: { subscription: p.subscription, metadata: {} } },
});

export function signedBillingRequest(event: Stripe.Event, header?: string | null): Request {
  const payload = JSON.stringify(event);
  const signature = header === undefined ? Stripe.webhooks.generateTestHeaderString({ payload, secret: BILLING_TEST_ENV.BILLING_STRIPE_WEBHOOK_SECRET }) : header;
  return new Request('http://localhost:3000/api/webhooks/billing', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
}

/** An organization's billing row as Checkout would have left it. */
export async function linkCustomer(organizationId: string, values: Partial<typeof billingSubscriptions.$inferInsert> = {}) {
  const stripeCustomerId = values.stripeCustomerId ?? `cus_test_${hex()}`;
  await withPlatform((tx) => tx.insert(billingSubscriptions).values({ organizationId, stripeCustomerId, ...values }));
  return stripeCustomerId;
}
