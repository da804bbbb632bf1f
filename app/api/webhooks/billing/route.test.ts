import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { billingSubscriptions, billingWebhookEvents, organizations, planChanges, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { stopBoss } from '@/lib/jobs/boss';
import { runQueuedJobs } from '@/lib/jobs/testing';
import { BILLING_TEST_ENV, billingEvent, invoiceObject, linkCustomer, signedBillingRequest, subscriptionObject } from '@/lib/billing/testing/billing-fixtures';
import { startFakeStripe, type FakeStripeServer } from '@/lib/payments/testing/fake-stripe-server';

vi.hoisted(() => Object.assign(process.env, {
  BILLING_STRIPE_SECRET_KEY: 'sk_test_platform_billing',
  BILLING_STRIPE_WEBHOOK_SECRET: 'whsec_platform_billing_test',
  BILLING_PRICE_BASIC: 'price_basic_test',
  BILLING_PRICE_PRO: 'price_pro_test',
  BILLING_PRICE_ENTERPRISE: 'price_enterprise_test',
}));

const { POST } = await import('./route');
const { PRO, BASIC } = { PRO: BILLING_TEST_ENV.BILLING_PRICE_PRO, BASIC: BILLING_TEST_ENV.BILLING_PRICE_BASIC };

let fake: FakeStripeServer;
beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(async () => {
  await stopBoss();
  await fake.stop();
});

const send = async (event: Parameters<typeof signedBillingRequest>[0], header?: string | null) => {
  const res = await POST(signedBillingRequest(event, header));
  return { status: res.status, body: (await res.json()) as { status?: string; error?: string } };
};
const stateOf = (orgId: string) =>
  withPlatform(async (tx) => {
    const [org] = await tx.select({ plan: organizations.plan }).from(organizations).where(eq(organizations.id, orgId));
    const [sub] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.organizationId, orgId));
    const changes = await tx.select().from(planChanges).where(eq(planChanges.organizationId, orgId));
    return { plan: org!.plan, sub: sub!, changes };
  });

/** A Basic organization that has been through Checkout: its customer and (Stripe-side) subscription. */
async function subscribedOrg(plan: Organization['plan'] = 'basic', status = 'active') {
  const { org, owner } = await createOrganization({ plan });
  const customer = await linkCustomer(org.id);
  const subscription = fake.addSubscription({ customer, price: plan === 'pro' ? PRO : BASIC, status, metadata: { organizationId: org.id } });
  await withPlatform((tx) => tx.update(billingSubscriptions).set({ stripeSubscriptionId: subscription.id, status: 'active', plan }).where(eq(billingSubscriptions.organizationId, org.id)));
  return { org, owner, customer, subscriptionId: subscription.id };
}

describe('the platform billing webhook', () => {
  it('refuses a bad or missing signature with 400 and writes nothing', async () => {
    const { org, customer, subscriptionId } = await subscribedOrg();
    const event = billingEvent('customer.subscription.updated', subscriptionObject({ id: subscriptionId, customer, price: PRO }));
    expect((await send(event, 't=1,v1=forged')).status).toBe(400);
    expect((await send(event, null)).status).toBe(400);
    const seen = await withPlatform((tx) => tx.select().from(billingWebhookEvents).where(eq(billingWebhookEvents.eventId, event.id)));
    expect(seen).toEqual([]);
    expect((await stateOf(org.id)).plan).toBe('basic');
  });

  it('answers 2xx to an event type it does not use', async () => {
    const res = await send(billingEvent('customer.created', { id: 'cus_x', object: 'customer' }));
    expect(res).toMatchObject({ status: 200, body: { status: 'ignored' } });
  });

  it('customer.subscription.updated to the Pro price moves the organization to Pro, once, even when replayed', async () => {
    const { org, customer, subscriptionId } = await subscribedOrg();
    const event = billingEvent('customer.subscription.updated', subscriptionObject({ id: subscriptionId, customer, price: PRO }));
    expect((await send(event)).body.status).toBe('processed');
    const after = await stateOf(org.id);
    expect(after.plan).toBe('pro');
    expect(after.sub).toMatchObject({ plan: 'pro', status: 'active' });
    expect(after.changes).toMatchObject([{ fromPlan: 'basic', toPlan: 'pro', source: 'billing' }]);

    expect(await send(event)).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    const replayed = await stateOf(org.id);
    expect(replayed.changes).toHaveLength(1);
    expect(replayed.sub.updatedAt).toEqual(after.sub.updatedAt);
  });

  it('ignores an older subscription event that arrives after a newer one', async () => {
    const { org, customer, subscriptionId } = await subscribedOrg();
    const now = Math.floor(Date.now() / 1000);
    const newer = billingEvent('customer.subscription.updated', subscriptionObject({ id: subscriptionId, customer, price: PRO }), { created: now });
    const older = billingEvent('customer.subscription.updated', subscriptionObject({ id: subscriptionId, customer, price: BASIC }), { created: now - 60 });
    await send(newer);
    expect(await send(older)).toMatchObject({ status: 200, body: { status: 'stale' } });
    const after = await stateOf(org.id);
    expect(after.plan).toBe('pro');
    expect(after.sub.plan).toBe('pro');
    const [recorded] = await withPlatform((tx) => tx.select().from(billingWebhookEvents).where(eq(billingWebhookEvents.eventId, older.id)));
    expect(recorded).toMatchObject({ organizationId: org.id, outcome: expect.stringMatching(/^stale/) });
  });

  it('a failed renewal starts a grace period, keeps the plan and emails the owner the date; a paid invoice ends it', async () => {
    const { org, owner, customer, subscriptionId } = await subscribedOrg('pro');
    fake.subscriptions.get(subscriptionId)!.status = 'past_due';
    const before = Date.now();
    expect((await send(billingEvent('invoice.payment_failed', invoiceObject({ customer, subscription: subscriptionId })))).body.status).toBe('processed');
    const failed = await stateOf(org.id);
    expect(failed.plan).toBe('pro');
    expect(failed.sub.status).toBe('past_due');
    const days = (failed.sub.graceUntil!.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    const mail = (await runQueuedJobs('send-email')).filter((j) => j.data.to === owner.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.data.subject).toMatch(/payment for your Pro plan failed/);
    expect(mail[0]!.data.text).toContain(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(failed.sub.graceUntil!));

    // A second failed retry keeps the first date.
    await send(billingEvent('invoice.payment_failed', invoiceObject({ customer, subscription: subscriptionId })));
    expect((await stateOf(org.id)).sub.graceUntil).toEqual(failed.sub.graceUntil);

    fake.subscriptions.get(subscriptionId)!.status = 'active';
    expect((await send(billingEvent('invoice.paid', invoiceObject({ customer, subscription: subscriptionId })))).body.status).toBe('processed');
    const paid = await stateOf(org.id);
    expect(paid.sub).toMatchObject({ status: 'active', graceUntil: null });
    expect(paid.plan).toBe('pro');
  });

  it('a late payment failure of a subscription that is paid up changes nothing', async () => {
    const { org, customer, subscriptionId } = await subscribedOrg('pro');
    const res = await send(billingEvent('invoice.payment_failed', invoiceObject({ customer, subscription: subscriptionId })));
    expect(res.body.status).toBe('ignored');
    expect((await stateOf(org.id)).sub).toMatchObject({ status: 'active', graceUntil: null });
  });

  it('customer.subscription.deleted moves the organization to Free and emails the owner', async () => {
    const { org, owner, customer, subscriptionId } = await subscribedOrg('pro');
    await send(billingEvent('customer.subscription.deleted', subscriptionObject({ id: subscriptionId, customer, price: PRO, status: 'canceled' })));
    const after = await stateOf(org.id);
    expect(after.plan).toBe('free');
    expect(after.sub.status).toBe('canceled');
    expect(after.changes).toMatchObject([{ fromPlan: 'pro', toPlan: 'free', source: 'cancellation' }]);
    const mail = (await runQueuedJobs('send-email')).filter((j) => j.data.to === owner.email);
    expect(mail.map((m) => m.data.subject)).toEqual([expect.stringMatching(/Pro subscription has ended/)]);
  });

  it('checkout.session.completed links the subscription to the organization named in the session', async () => {
    const { org } = await createOrganization({ plan: 'free' });
    const customer = await linkCustomer(org.id);
    const session = { id: 'cs_test_sub', object: 'checkout.session', mode: 'subscription', customer, subscription: 'sub_test_linked', client_reference_id: org.id, metadata: { organizationId: org.id } };
    expect((await send(billingEvent('checkout.session.completed', session))).body.status).toBe('processed');
    expect((await stateOf(org.id)).sub.stripeSubscriptionId).toBe('sub_test_linked');
    // Its subscription's own events then set the plan.
    await send(billingEvent('customer.subscription.created', subscriptionObject({ id: 'sub_test_linked', customer, price: PRO, organizationId: org.id })));
    expect((await stateOf(org.id)).plan).toBe('pro');
  });
});
