import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, organizations } from '@/db/schema';
import { adminContextFor, createOrganization, createPlatformAdmin, createUser } from '@/db/test/factories';
import { resolveStorefront } from '@/lib/server/context';
import { reactivateTenant } from './reactivate-tenant';
import { suspendTenant } from './suspend-tenant';

const auditFailure = vi.hoisted(() => ({ fail: false }));
vi.mock('@/lib/audit/record-audit', async (importOriginal) => {
  const mod = await importOriginal<typeof import('@/lib/audit/record-audit')>();
  return {
    ...mod,
    recordAudit: async (...args: Parameters<typeof mod.recordAudit>) => {
      if (auditFailure.fail) throw new Error('audit store unavailable');
      return mod.recordAudit(...args);
    },
  };
});

const orgRow = async (id: string) => (await withPlatform((tx) => tx.select().from(organizations).where(eq(organizations.id, id))))[0]!;
const auditRows = (orgId: string, action: string) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.organizationId, orgId), eq(auditLogs.action, action))));

describe('suspendTenant / reactivateTenant', () => {
  it('suspends an active tenant with a reason, audits it, and its storefront becomes unavailable', async () => {
    const admin = await createPlatformAdmin('super_admin');
    const { org } = await createOrganization();
    const ctx = await adminContextFor(admin);

    const result = await suspendTenant(ctx, { organizationId: org.id, reason: 'Chargeback fraud under review' });

    expect(result).toEqual({ changed: true, status: 'suspended' });
    const after = await orgRow(org.id);
    expect(after.status).toBe('suspended');
    expect(after.statusReason).toBe('Chargeback fraud under review');
    expect(after.statusChangedAt).toBeInstanceOf(Date);
    const [audit] = await auditRows(org.id, 'tenant.suspended');
    expect(audit).toMatchObject({
      actorType: 'platform_admin',
      actorUserId: admin.id,
      entityType: 'organization',
      entityId: org.id,
      reason: 'Chargeback fraud under review',
      oldValues: { status: 'active' },
      newValues: { status: 'suspended' },
    });
    expect((await resolveStorefront(`${org.slug}.localhost:3000`)).status).toBe('unavailable');
  });

  it('is safe to repeat: a second suspend changes nothing and writes no second audit row', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin('technical_access'));
    const { org } = await createOrganization();
    await suspendTenant(ctx, { organizationId: org.id, reason: 'First time' });
    const firstChange = (await orgRow(org.id)).statusChangedAt;

    const again = await suspendTenant(ctx, { organizationId: org.id, reason: 'Second time' });

    expect(again).toEqual({ changed: false, status: 'suspended' });
    expect((await orgRow(org.id)).statusReason).toBe('First time');
    expect((await orgRow(org.id)).statusChangedAt).toEqual(firstChange);
    expect(await auditRows(org.id, 'tenant.suspended')).toHaveLength(1);
  });

  it('reactivates a suspended tenant, audited, and the storefront is back', async () => {
    const admin = await createPlatformAdmin();
    const ctx = await adminContextFor(admin);
    const { org } = await createOrganization();
    await suspendTenant(ctx, { organizationId: org.id, reason: 'Unpaid invoices' });

    expect(await reactivateTenant(ctx, { organizationId: org.id, reason: 'Invoices paid' })).toEqual({ changed: true, status: 'active' });
    expect(await reactivateTenant(ctx, { organizationId: org.id, reason: 'Invoices paid' })).toEqual({ changed: false, status: 'active' });

    expect((await orgRow(org.id)).status).toBe('active');
    const rows = await auditRows(org.id, 'tenant.reactivated');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason: 'Invoices paid', oldValues: { status: 'suspended' }, newValues: { status: 'active' } });
    expect((await resolveStorefront(`${org.slug}.localhost:3000`)).status).toBe('ok');
  });

  it('writes the change and its audit row in one transaction: no audit, no change', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin());
    const { org } = await createOrganization();
    auditFailure.fail = true;
    try {
      await expect(suspendTenant(ctx, { organizationId: org.id, reason: 'Should roll back' })).rejects.toThrow('audit store unavailable');
    } finally {
      auditFailure.fail = false;
    }
    expect((await orgRow(org.id)).status).toBe('active');
  });

  it('refuses platform roles without tenants.suspend (accounting, role_manager)', async () => {
    const { org } = await createOrganization();
    for (const role of ['accounting', 'role_manager'] as const) {
      const ctx = await adminContextFor(await createPlatformAdmin(role));
      await expect(suspendTenant(ctx, { organizationId: org.id, reason: 'Not allowed' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(reactivateTenant(ctx, { organizationId: org.id, reason: 'Not allowed' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await orgRow(org.id)).status).toBe('active');
  });

  it('answers NOT_FOUND for an unknown organization', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin());
    await expect(suspendTenant(ctx, { organizationId: 'org_missing', reason: 'Whatever' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a user without a platform role no admin context at all', async () => {
    const { owner } = await createOrganization();
    await expect(adminContextFor(owner)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(adminContextFor(await createUser())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
