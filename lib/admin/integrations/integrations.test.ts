import { afterEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, billingWebhookEvents, domains, processedWebhookEvents } from '@/db/schema';
import { adminContextFor, createOrganization, createPlatformAdmin, orgContextFor } from '@/db/test/factories';
import { addDomain } from '@/lib/tenancy/domains/add-domain';
import type { ResolveTxt } from '@/lib/tenancy/domains/dns';
import { getIntegrationStatus } from './get-integration-status';
import { listCustomDomains } from './list-custom-domains';
import { listWebhookEvents } from './list-webhook-events';
import { recheckDomain } from './recheck-domain';

afterEach(() => vi.unstubAllEnvs());

const noFilters = { type: '', org: '', page: 1 };
const reload = async (id: string) => (await withPlatform((tx) => tx.select().from(domains).where(eq(domains.id, id))))[0]!;

async function domainOf(hostname: string) {
  const { org, owner } = await createOrganization({ name: `Shop of ${hostname}` });
  const { id } = await addDomain(await orgContextFor(owner, org), { hostname });
  return { org, id, token: (await reload(id)).verificationToken };
}

describe('back office integrations', () => {
  it('is refused to accounting and open to technical access', async () => {
    const accounting = await adminContextFor(await createPlatformAdmin('accounting'));
    await expect(listWebhookEvents(accounting, noFilters)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listCustomDomains(accounting, { q: '', page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getIntegrationStatus(accounting)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recheckDomain(accounting, { domainId: 'dom_x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const tech = await adminContextFor(await createPlatformAdmin('technical_access'));
    await expect(listWebhookEvents(tech, noFilters)).resolves.toMatchObject({ page: 1 });
    await expect(listCustomDomains(tech, { q: '', page: 1 })).resolves.toMatchObject({ page: 1 });
  });

  it('lists tenant Stripe events and platform billing events together, with the organization, filterable', async () => {
    const { org } = await createOrganization({ name: 'Webhook Bakery' });
    const { org: other } = await createOrganization({ name: 'Quiet Shop' });
    await withPlatform(async (tx) => {
      await tx.insert(processedWebhookEvents).values([
        { organizationId: org.id, provider: 'stripe', eventId: 'evt_tenant_1', eventType: 'payment_intent.succeeded', receivedAt: new Date('2030-01-01T10:00:00Z') },
        { organizationId: other.id, provider: 'stripe', eventId: 'evt_tenant_2', eventType: 'charge.refunded', receivedAt: new Date('2030-01-01T09:00:00Z') },
      ]);
      await tx.insert(billingWebhookEvents).values({ eventId: 'evt_billing_1', eventType: 'invoice.payment_failed', organizationId: org.id, outcome: 'processed', receivedAt: new Date('2030-01-01T11:00:00Z') });
    });
    const ctx = await adminContextFor(await createPlatformAdmin('technical_access'));

    const all = await listWebhookEvents(ctx, noFilters);
    expect(all.rows.slice(0, 3).map((r) => [r.eventId, r.source, r.organization?.name])).toEqual([
      ['evt_billing_1', 'billing', 'Webhook Bakery'],
      ['evt_tenant_1', 'tenant', 'Webhook Bakery'],
      ['evt_tenant_2', 'tenant', 'Quiet Shop'],
    ]);
    expect((await listWebhookEvents(ctx, { ...noFilters, source: 'billing' })).rows.map((r) => r.eventId)).toEqual(['evt_billing_1']);
    expect((await listWebhookEvents(ctx, { ...noFilters, type: 'REFUNDED' })).rows.map((r) => r.eventId)).toEqual(['evt_tenant_2']);
    expect((await listWebhookEvents(ctx, { ...noFilters, org: 'bakery' })).rows.map((r) => r.eventId)).toEqual(['evt_billing_1', 'evt_tenant_1']);
    expect((await listWebhookEvents(ctx, { ...noFilters, org: other.id })).total).toBe(1);
    expect((await listWebhookEvents(ctx, { ...noFilters, type: 'no_such_%_event' })).rows).toEqual([]);
  });

  it('lists custom domains across tenants by status and hostname', async () => {
    const pending = await domainOf('admin-list-pending.example.com');
    const verified = await domainOf('admin-list-verified.example.com');
    await withPlatform((tx) => tx.update(domains).set({ status: 'verified' }).where(eq(domains.id, verified.id)));
    const ctx = await adminContextFor(await createPlatformAdmin('technical_access'));

    const found = await listCustomDomains(ctx, { q: 'ADMIN-LIST', page: 1 });
    expect(found.rows.map((r) => r.hostname).sort()).toEqual(['admin-list-pending.example.com', 'admin-list-verified.example.com']);
    expect(found.rows.find((r) => r.id === pending.id)?.organization.name).toBe('Shop of admin-list-pending.example.com');
    const onlyVerified = await listCustomDomains(ctx, { q: 'admin-list', status: 'verified', page: 1 });
    expect(onlyVerified.rows.map((r) => r.id)).toEqual([verified.id]);
  });

  it('re-checks any tenant’s domain with the shared rules, audited with the admin as actor', async () => {
    const { id, token } = await domainOf('admin-recheck.example.com');
    const adminUser = await createPlatformAdmin('technical_access');
    const ctx = await adminContextFor(adminUser);
    const found: ResolveTxt = async () => [[`commerce-verify=${token}`]];

    await expect(recheckDomain(ctx, { domainId: id }, found)).resolves.toMatchObject({ status: 'verified', error: null });
    expect(await reload(id)).toMatchObject({ status: 'verified', lastCheckedAt: expect.any(Date) });
    // Checking again when nothing changed is still a recorded support action.
    await recheckDomain(ctx, { domainId: id }, found);
    const audits = await withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, id), eq(auditLogs.actorUserId, adminUser.id))));
    expect(audits.map((a) => [a.action, a.actorType]).sort()).toEqual([
      ['domain.check_passed', 'platform_admin'],
      ['domain.verified', 'platform_admin'],
    ]);
    await expect(recheckDomain(ctx, { domainId: 'dom_missing' }, found)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says whether platform billing and email are configured, from the environment', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin('technical_access'));
    vi.stubEnv('BILLING_STRIPE_SECRET_KEY', '');
    vi.stubEnv('RESEND_API_KEY', 're_test');
    expect(await getIntegrationStatus(ctx)).toMatchObject({ billing: { configured: false }, email: { configured: true } });
    vi.stubEnv('BILLING_STRIPE_SECRET_KEY', 'sk_test_x');
    vi.stubEnv('RESEND_API_KEY', '');
    expect(await getIntegrationStatus(ctx)).toMatchObject({ billing: { configured: true }, email: { configured: false } });
  });
});
