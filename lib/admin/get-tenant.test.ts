import { describe, expect, it } from 'vitest';
import { createProduct, createWarehouse } from '@/db/test/catalog-factories';
import { addMember, adminContextFor, createOrganization, createPlatformAdmin } from '@/db/test/factories';
import { changeTenantPlan } from './change-tenant-plan';
import { getTenant } from './get-tenant';
import { startImpersonation } from './impersonation/start-impersonation';
import { insertTestOrder } from './overview/test-orders';

describe('getTenant', () => {
  it('shows members (names, emails) only to roles that may see users', async () => {
    const { org, owner } = await createOrganization();
    await addMember(org, 'staff');
    const superAdmin = await getTenant(await adminContextFor(await createPlatformAdmin('super_admin')), { organizationId: org.id });
    expect(superAdmin.members?.map((m) => m.email)).toContain(owner.email);
    expect(superAdmin.members).toHaveLength(2);

    const accounting = await getTenant(await adminContextFor(await createPlatformAdmin('accounting')), { organizationId: org.id });
    expect(accounting.organization.id).toBe(org.id);
    expect(accounting.members).toBeNull();
  });

  it('shows plan history with who changed it, usage against the plan limits, and recent support sessions', async () => {
    const { org } = await createOrganization({ plan: 'free' });
    await createProduct(org);
    await createProduct(org);
    await createWarehouse(org);
    // Only this month's orders count against the monthly allowance, cancelled ones too (they were placed).
    await insertTestOrder(org, { total: 100, at: new Date() });
    await insertTestOrder(org, { total: 100, at: new Date(), status: 'cancelled' });
    await insertTestOrder(org, { total: 100, at: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000) });
    const accounting = await createPlatformAdmin('accounting');
    await changeTenantPlan(await adminContextFor(accounting), { organizationId: org.id, plan: 'basic', reason: 'Paid by invoice' });
    const support = await createPlatformAdmin('technical_access');
    await startImpersonation(await adminContextFor(support), { organizationId: org.id, reason: 'Checking the missing images' });

    const tenant = await getTenant(await adminContextFor(await createPlatformAdmin('super_admin')), { organizationId: org.id });
    expect(tenant.planHistory).toEqual([
      expect.objectContaining({ fromPlan: 'free', toPlan: 'basic', source: 'admin', actorEmail: accounting.email, reason: 'Paid by invoice' }),
    ]);
    expect(tenant.usage).toEqual([
      { resource: 'products', used: 2, limit: 500 },
      { resource: 'warehouses', used: 1, limit: 3 },
      { resource: 'teamMembers', used: 1, limit: 10 },
      { resource: 'ordersThisMonth', used: 2, limit: 1000 },
    ]);
    expect(tenant.supportSessions).toEqual([expect.objectContaining({ adminEmail: support.email, mode: 'read_only', state: 'open', endedAt: null })]);
  });
});
