import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, organizations } from '@/db/schema';
import { adminContextFor, createOrganization, createPlatformAdmin } from '@/db/test/factories';
import { changeTenantPlan } from './change-tenant-plan';

const planOf = async (id: string) =>
  (await withPlatform((tx) => tx.select({ plan: organizations.plan }).from(organizations).where(eq(organizations.id, id))))[0]!.plan;
const planAudits = (orgId: string) =>
  withPlatform((tx) =>
    tx.select().from(auditLogs).where(and(eq(auditLogs.organizationId, orgId), eq(auditLogs.action, 'tenant.plan_changed'))),
  );

describe('changeTenantPlan', () => {
  it('moves the tenant to the new plan and audits old and new plan', async () => {
    const admin = await createPlatformAdmin('accounting');
    const { org } = await createOrganization({ plan: 'free' });

    const result = await changeTenantPlan(await adminContextFor(admin), { organizationId: org.id, plan: 'pro', reason: 'Upgraded by phone' });

    expect(result).toEqual({ changed: true, plan: 'pro' });
    expect(await planOf(org.id)).toBe('pro');
    const [audit] = await planAudits(org.id);
    expect(audit).toMatchObject({
      actorType: 'platform_admin',
      actorUserId: admin.id,
      oldValues: { plan: 'free' },
      newValues: { plan: 'pro' },
      reason: 'Upgraded by phone',
    });
  });

  it('changes nothing and audits nothing when the plan is already the chosen one', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin());
    const { org } = await createOrganization({ plan: 'basic' });
    expect(await changeTenantPlan(ctx, { organizationId: org.id, plan: 'basic', reason: '' })).toEqual({ changed: false, plan: 'basic' });
    expect(await planAudits(org.id)).toHaveLength(0);
  });

  it('refuses platform roles without tenants.change_plan (role_manager, technical_access)', async () => {
    const { org } = await createOrganization({ plan: 'free' });
    for (const role of ['role_manager', 'technical_access'] as const) {
      const ctx = await adminContextFor(await createPlatformAdmin(role));
      await expect(changeTenantPlan(ctx, { organizationId: org.id, plan: 'enterprise', reason: '' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await planOf(org.id)).toBe('free');
  });
});
