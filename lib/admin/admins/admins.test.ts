import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, platformRoles } from '@/db/schema';
import { adminContextFor, createPlatformAdmin, createUser } from '@/db/test/factories';
import { grantPlatformRole } from './grant-platform-role';
import { listAdmins } from './list-admins';
import { OWN_LAST_ROLE, revokePlatformRole } from './revoke-platform-role';

const rolesOf = async (userId: string) =>
  (await withPlatform((tx) => tx.select({ id: platformRoles.id, role: platformRoles.role }).from(platformRoles).where(eq(platformRoles.userId, userId)))).map((r) => r.role).sort();
const platformAudits = (action: string) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.action, action), isNull(auditLogs.organizationId))));

describe('platform admins', () => {
  it('role_manager grants accounting to an existing account (with an end date) and it is audited', async () => {
    const manager = await createPlatformAdmin('role_manager');
    const user = await createUser({ email: 'Clerk.Person@example.test' });
    const ctx = await adminContextFor(manager);
    const granted = await grantPlatformRole(ctx, { email: ' clerk.person@EXAMPLE.test ', role: 'accounting', expiresOn: '2999-12-31' });
    expect(granted.expiresAt?.toISOString()).toBe('3000-01-01T00:00:00.000Z');
    expect(await rolesOf(user.id)).toEqual(['accounting']);
    const newAdmin = await adminContextFor(user);
    expect(newAdmin.can('money.view')).toBe(true);

    const [audit] = (await platformAudits('platform_role.granted')).filter((a) => a.entityId === granted.id);
    expect(audit).toMatchObject({ actorUserId: manager.id, actorType: 'platform_admin', newValues: { userId: user.id, role: 'accounting' } });

    await expect(grantPlatformRole(ctx, { email: user.email, role: 'accounting' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(grantPlatformRole(ctx, { email: 'nobody@example.test', role: 'accounting' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('only a super_admin grants or revokes super_admin', async () => {
    const manager = await adminContextFor(await createPlatformAdmin('role_manager'));
    const user = await createUser();
    await expect(grantPlatformRole(manager, { email: user.email, role: 'super_admin' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await rolesOf(user.id)).toEqual([]);

    const superAdmin = await adminContextFor(await createPlatformAdmin('super_admin'));
    const grant = await grantPlatformRole(superAdmin, { email: user.email, role: 'super_admin' });
    await expect(revokePlatformRole(manager, { grantId: grant.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await rolesOf(user.id)).toEqual(['super_admin']);
    await revokePlatformRole(superAdmin, { grantId: grant.id });
    expect(await rolesOf(user.id)).toEqual([]);
    const [audit] = (await platformAudits('platform_role.revoked')).filter((a) => a.entityId === grant.id);
    expect(audit?.oldValues).toMatchObject({ userId: user.id, role: 'super_admin' });
  });

  it('nobody revokes their own last role, but may drop one of two', async () => {
    const me = await createPlatformAdmin('role_manager');
    const ctx = await adminContextFor(me);
    const [own] = await withPlatform((tx) => tx.select().from(platformRoles).where(eq(platformRoles.userId, me.id)));
    await expect(revokePlatformRole(ctx, { grantId: own!.id })).rejects.toMatchObject({ code: 'CONFLICT', message: OWN_LAST_ROLE });
    expect(await rolesOf(me.id)).toEqual(['role_manager']);

    await grantPlatformRole(ctx, { email: me.email, role: 'accounting' });
    await revokePlatformRole(ctx, { grantId: own!.id });
    expect(await rolesOf(me.id)).toEqual(['accounting']);
  });

  it('lists staff with their roles and grantor, searchable by email; accounting may not', async () => {
    const superAdmin = await createPlatformAdmin('super_admin');
    const ctx = await adminContextFor(superAdmin);
    const target = await createUser({ email: 'searchable-support@example.test' });
    await grantPlatformRole(ctx, { email: target.email, role: 'technical_access' });
    await grantPlatformRole(ctx, { email: target.email, role: 'accounting' });

    const found = await listAdmins(ctx, { q: 'searchable-support', page: 1 });
    expect(found.total).toBe(1);
    expect(found.rows[0]).toMatchObject({ email: target.email });
    expect(found.rows[0]!.roles.map((r) => [r.role, r.grantedByEmail, r.expired])).toEqual([
      ['accounting', superAdmin.email, false],
      ['technical_access', superAdmin.email, false],
    ]);
    expect((await listAdmins(ctx, { q: '', page: 1 })).total).toBeGreaterThanOrEqual(2);

    const accounting = await adminContextFor(await createPlatformAdmin('accounting'));
    await expect(listAdmins(accounting, { q: '', page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(grantPlatformRole(accounting, { email: target.email, role: 'role_manager' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
