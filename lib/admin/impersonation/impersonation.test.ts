import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, impersonationSessions, products } from '@/db/schema';
import { createProduct as createProductRow } from '@/db/test/catalog-factories';
import { adminContextFor, createOrganization, createPlatformAdmin, orgContextFor } from '@/db/test/factories';
import { createProduct } from '@/lib/catalog/products/create-product';
import { productInput } from '@/lib/catalog/products/test-helpers';
import { READ_ONLY_SESSION_MESSAGE } from '@/lib/server/context';
import { endImpersonation } from './end-impersonation';
import { startImpersonation } from './start-impersonation';

const REASON = 'Customer reports a broken checkout page';

const productNames = (orgId: string) =>
  withPlatform(async (tx) => (await tx.select({ name: products.name }).from(products).where(eq(products.organizationId, orgId))).map((p) => p.name));
const audits = (orgId: string, action: string) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.organizationId, orgId), eq(auditLogs.action, action))));
const sessionsOf = (orgId: string) => withPlatform((tx) => tx.select().from(impersonationSessions).where(eq(impersonationSessions.organizationId, orgId)));

describe('support impersonation', () => {
  it('a read-only session reads the tenant, refuses every write, and is audited', async () => {
    const { org } = await createOrganization();
    await createProductRow(org, { name: 'Existing mug' });
    const admin = await createPlatformAdmin('technical_access');
    const started = await startImpersonation(await adminContextFor(admin), { organizationId: org.id, reason: REASON });
    expect(started).toMatchObject({ slug: org.slug, mode: 'read_only' });
    // 30 minutes by default.
    expect(started.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(started.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);

    const ctx = await orgContextFor(admin, org);
    expect(ctx.impersonation).toMatchObject({ id: started.sessionId, mode: 'read_only', reason: REASON });
    expect(await ctx.tx(async (tx) => (await tx.select().from(products)).map((p) => p.name))).toEqual(['Existing mug']);

    await expect(createProduct(ctx, productInput({ name: 'Sneaky shirt' }))).rejects.toMatchObject({ code: 'FORBIDDEN', message: READ_ONLY_SESSION_MESSAGE });
    expect(await productNames(org.id)).toEqual(['Existing mug']);

    const [audit] = await audits(org.id, 'tenant.impersonation_started');
    expect(audit).toMatchObject({ actorType: 'platform_admin', actorUserId: admin.id, entityId: started.sessionId, reason: REASON });
    expect(audit!.newValues).toMatchObject({ mode: 'read_only', minutes: 30 });
  });

  it('a read-write session (super_admin) can change the tenant', async () => {
    const { org } = await createOrganization();
    const admin = await createPlatformAdmin('super_admin');
    await startImpersonation(await adminContextFor(admin), { organizationId: org.id, reason: REASON, mode: 'read_write', minutes: 15 });
    const ctx = await orgContextFor(admin, org);
    expect(ctx.impersonation?.mode).toBe('read_write');
    await createProduct(ctx, productInput({ name: 'Fixed shirt' }));
    expect(await productNames(org.id)).toEqual(['Fixed shirt']);
  });

  it('an ended or expired session no longer opens the dashboard', async () => {
    const { org } = await createOrganization();
    const admin = await createPlatformAdmin('technical_access');
    const adminCtx = await adminContextFor(admin);

    const first = await startImpersonation(adminCtx, { organizationId: org.id, reason: REASON });
    expect(await endImpersonation(adminCtx, { sessionId: first.sessionId })).toEqual({ changed: true, organizationId: org.id });
    await expect(orgContextFor(admin, org)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [ended] = await audits(org.id, 'tenant.impersonation_ended');
    expect(ended).toMatchObject({ actorUserId: admin.id, entityId: first.sessionId });
    // Ending twice changes nothing more.
    expect(await endImpersonation(adminCtx, { sessionId: first.sessionId })).toMatchObject({ changed: false });
    expect(await audits(org.id, 'tenant.impersonation_ended')).toHaveLength(1);

    const second = await startImpersonation(adminCtx, { organizationId: org.id, reason: REASON });
    await withPlatform((tx) => tx.update(impersonationSessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(impersonationSessions.id, second.sessionId)));
    await expect(orgContextFor(admin, org)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('starting again ends the open session first, and only its owner can end a session', async () => {
    const { org } = await createOrganization();
    const admin = await createPlatformAdmin('technical_access');
    const ctx = await adminContextFor(admin);
    const first = await startImpersonation(ctx, { organizationId: org.id, reason: REASON });
    const second = await startImpersonation(ctx, { organizationId: org.id, reason: REASON, minutes: 60 });
    const rows = await sessionsOf(org.id);
    expect(rows.find((r) => r.id === first.sessionId)?.endedAt).not.toBeNull();
    expect(rows.find((r) => r.id === second.sessionId)?.endedAt).toBeNull();
    expect((await orgContextFor(admin, org)).impersonation?.id).toBe(second.sessionId);

    const other = await adminContextFor(await createPlatformAdmin('super_admin'));
    await expect(endImpersonation(other, { sessionId: second.sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses admins without tenants.impersonate, and read-write without tenants.impersonate_write', async () => {
    const { org } = await createOrganization();
    for (const role of ['accounting', 'role_manager'] as const) {
      const ctx = await adminContextFor(await createPlatformAdmin(role));
      await expect(startImpersonation(ctx, { organizationId: org.id, reason: REASON })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const technical = await adminContextFor(await createPlatformAdmin('technical_access'));
    await expect(startImpersonation(technical, { organizationId: org.id, reason: REASON, mode: 'read_write' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(startImpersonation(technical, { organizationId: org.id, reason: 'too short' })).rejects.toThrow(/10 characters/);
    expect(await sessionsOf(org.id)).toHaveLength(0);
    expect(await audits(org.id, 'tenant.impersonation_started')).toHaveLength(0);
  });
});
