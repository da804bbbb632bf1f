import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, billingSubscriptions } from '@/db/schema';
import { addMember, adminContextFor, createOrganization, createPlatformAdmin, orgContextFor } from '@/db/test/factories';
import { startFakeStripe, type FakeStripeServer } from '@/lib/payments/testing/fake-stripe-server';
import { linkCustomer } from './testing/billing-fixtures';

vi.hoisted(() => Object.assign(process.env, {
  BILLING_STRIPE_SECRET_KEY: 'sk_test_platform_billing',
  BILLING_STRIPE_WEBHOOK_SECRET: 'whsec_platform_billing_test',
  BILLING_PRICE_BASIC: 'price_basic_test',
  BILLING_PRICE_PRO: 'price_pro_test',
  BILLING_PRICE_ENTERPRISE: 'price_enterprise_test',
}));

const { startPlanCheckout } = await import('./start-plan-checkout');
const { openBillingPortal } = await import('./open-billing-portal');
const { listSubscriptions } = await import('./admin/list-subscriptions');

let fake: FakeStripeServer;
beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.stop());

const rowOf = (orgId: string) => withPlatform(async (tx) => (await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.organizationId, orgId)))[0]);

describe('startPlanCheckout', () => {
  it('creates a Stripe customer and a subscription Checkout Session for the plan, and stores the customer', async () => {
    const { org, owner } = await createOrganization({ plan: 'free' });
    const ctx = await orgContextFor(owner, org);
    const result = await startPlanCheckout(ctx, { plan: 'pro' });
    expect(result.via).toBe('checkout');

    const [customerCall] = fake.requestsTo('POST', /^\/v1\/customers$/);
    expect(customerCall!.body).toMatchObject({ metadata: { organizationId: org.id } });
    expect(customerCall!.apiKey).toBe('sk_test_platform_billing');
    const session = [...fake.sessions.values()].find((s) => s.client_reference_id === org.id)!;
    expect(result.url).toBe(session.url);
    expect(session).toMatchObject({ mode: 'subscription', success_url: expect.stringContaining(`/dashboard/${org.slug}/settings/plan`) });
    const sessionCall = fake.requestsTo('POST', /^\/v1\/checkout\/sessions$/).find((r) => r.body.client_reference_id === org.id)!;
    expect(sessionCall.body).toMatchObject({ line_items: [{ price: 'price_pro_test', quantity: '1' }], subscription_data: { metadata: { organizationId: org.id } } });

    const row = await rowOf(org.id);
    expect(row).toMatchObject({ stripeCustomerId: session.customer, status: 'none' });
    expect(fake.customers.get(row!.stripeCustomerId)).toBeDefined();
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.organizationId, org.id)));
    expect(audit.map((a) => a.action)).toContain('billing.plan_change_started');

    // A second try reuses the customer.
    const customersBefore = fake.customers.size;
    await startPlanCheckout(ctx, { plan: 'basic' });
    expect(fake.customers.size).toBe(customersBefore);
  });

  it('with a live subscription, sends the owner to the portal to confirm the change on that subscription', async () => {
    const { org, owner } = await createOrganization({ plan: 'basic' });
    const customer = `cus_test_${org.id}`;
    fake.customers.set(customer, { id: customer, object: 'customer' });
    const sub = fake.addSubscription({ customer, price: 'price_basic_test' });
    await linkCustomer(org.id, { stripeCustomerId: customer, stripeSubscriptionId: sub.id, plan: 'basic', status: 'active' });
    const result = await startPlanCheckout(await orgContextFor(owner, org), { plan: 'pro' });
    expect(result.via).toBe('portal');
    const portal = [...fake.portalSessions.values()].find((p) => p.customer === customer)!;
    expect(result.url).toBe(portal.url);
    expect(portal.flow).toMatchObject({ type: 'subscription_update_confirm', subscription_update_confirm: { subscription: sub.id, items: [{ price: 'price_pro_test' }] } });
  });

  it('is refused for staff, and nothing is created in Stripe', async () => {
    const { org } = await createOrganization({ plan: 'free' });
    const staff = await addMember(org, 'staff');
    const before = fake.requests.length;
    await expect(startPlanCheckout(await orgContextFor(staff, org), { plan: 'pro' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(fake.requests.length).toBe(before);
    expect(await rowOf(org.id)).toBeUndefined();
  });
});

describe('openBillingPortal', () => {
  it('opens the customer portal of the organization’s customer', async () => {
    const { org, owner } = await createOrganization({ plan: 'basic' });
    const customer = `cus_test_${org.id}`;
    fake.customers.set(customer, { id: customer, object: 'customer' });
    await linkCustomer(org.id, { stripeCustomerId: customer });
    const { url } = await openBillingPortal(await orgContextFor(owner, org));
    expect([...fake.portalSessions.values()].find((p) => p.customer === customer)?.url).toBe(url);
  });
});

describe('listSubscriptions', () => {
  it('is refused for technical_access and shows accounting the subscriptions and monthly recurring revenue', async () => {
    await expect(listSubscriptions(await adminContextFor(await createPlatformAdmin('technical_access')), { page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const { org: pro } = await createOrganization({ plan: 'pro' });
    const { org: basic } = await createOrganization({ plan: 'basic' });
    const { org: gone } = await createOrganization({ plan: 'free' });
    await linkCustomer(pro.id, { plan: 'pro', status: 'active' });
    await linkCustomer(basic.id, { plan: 'basic', status: 'past_due', graceUntil: new Date(Date.now() + 86_400_000) });
    await linkCustomer(gone.id, { plan: 'pro', status: 'canceled' });
    const ctx = await adminContextFor(await createPlatformAdmin('accounting'));

    const all = await listSubscriptions(ctx, { page: 1 });
    const ours = all.rows.filter((r) => [pro.id, basic.id, gone.id].includes(r.organizationId));
    expect(ours).toHaveLength(3);
    expect(all.mrr.amount).toBeGreaterThanOrEqual(99_00 + 29_00);
    const pastDue = await listSubscriptions(ctx, { page: 1, status: 'past_due' });
    expect(pastDue.rows.map((r) => r.organizationId)).toContain(basic.id);
    expect(pastDue.rows.every((r) => r.status === 'past_due')).toBe(true);
  });
});

describe('getBillingOverview', () => {
  it('lists the plan history newest first with who changed it, and offers the plans that have a price', async () => {
    const { getBillingOverview } = await import('./get-billing-overview');
    const { setOrganizationPlan } = await import('@/lib/plans/set-organization-plan');
    const { org, owner } = await createOrganization({ plan: 'free' });
    const admin = await createPlatformAdmin();
    await withPlatform((tx) => setOrganizationPlan(tx, { organizationId: org.id, to: 'basic', source: 'admin', actorUserId: admin.id, reason: 'Trial' }));
    await new Promise((r) => setTimeout(r, 5));
    await withPlatform((tx) => setOrganizationPlan(tx, { organizationId: org.id, to: 'pro', source: 'billing' }));
    const overview = await getBillingOverview(await orgContextFor(owner, org));
    expect(overview.purchasable).toEqual(['basic', 'pro', 'enterprise']);
    expect(overview.history.rows.map((r) => [r.toPlan, r.source, r.actorEmail])).toEqual([['pro', 'billing', null], ['basic', 'admin', admin.email]]);
  });
});
