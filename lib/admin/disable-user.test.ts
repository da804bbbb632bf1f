import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, sessions, users } from '@/db/schema';
import { adminContextFor, createPlatformAdmin, createUser, TEST_PASSWORD } from '@/db/test/factories';
import { checkSession, createSession } from '@/lib/auth/sessions';
import { verifyPasswordStep } from '@/lib/auth/sign-in';
import { disableUser } from './disable-user';
import { enableUser } from './enable-user';

const meta = { ipAddress: null, userAgent: 'vitest' };
const userRow = async (id: string) => (await withPlatform((tx) => tx.select().from(users).where(eq(users.id, id))))[0]!;
const sessionCount = async (userId: string) =>
  (await withPlatform((tx) => tx.select().from(sessions).where(eq(sessions.userId, userId)))).length;
const auditFor = (userId: string, action: string) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, userId), eq(auditLogs.action, action))));

describe('disableUser / enableUser', () => {
  it('disables the account, ends every session at once, blocks sign-in, and audits it at platform level', async () => {
    const admin = await createPlatformAdmin('role_manager');
    const user = await createUser();
    const laptop = await createSession(user.id, meta);
    await createSession(user.id, meta);

    const result = await disableUser(await adminContextFor(admin), { userId: user.id, reason: 'Reported for spam' });

    expect(result).toEqual({ changed: true, status: 'suspended', sessionsEnded: 2 });
    expect(await userRow(user.id)).toMatchObject({ status: 'suspended', statusReason: 'Reported for spam' });
    expect(await sessionCount(user.id)).toBe(0);
    expect(await checkSession(laptop, user.id)).toBe(false);
    await expect(verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, meta)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [audit] = await auditFor(user.id, 'user.disabled');
    expect(audit).toMatchObject({ organizationId: null, actorType: 'platform_admin', actorUserId: admin.id, reason: 'Reported for spam' });
  });

  it('enables a disabled account so it can sign in again; repeats change nothing', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin());
    const user = await createUser();
    await disableUser(ctx, { userId: user.id, reason: 'Temporary lock' });
    expect(await disableUser(ctx, { userId: user.id, reason: 'Again' })).toMatchObject({ changed: false });

    expect(await enableUser(ctx, { userId: user.id, reason: 'Identity confirmed' })).toEqual({ changed: true, status: 'active' });
    expect(await enableUser(ctx, { userId: user.id, reason: 'Identity confirmed' })).toEqual({ changed: false, status: 'active' });

    await expect(verifyPasswordStep({ email: user.email, password: TEST_PASSWORD }, meta)).resolves.toMatchObject({ status: 'signed-in' });
    expect(await auditFor(user.id, 'user.disabled')).toHaveLength(1);
    expect(await auditFor(user.id, 'user.enabled')).toHaveLength(1);
  });

  it('lets only a super admin disable a super admin', async () => {
    const superAdmin = await createPlatformAdmin('super_admin');
    const roleManager = await createPlatformAdmin('role_manager');
    await expect(disableUser(await adminContextFor(roleManager), { userId: superAdmin.id, reason: 'Takeover attempt' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await userRow(superAdmin.id)).toMatchObject({ status: 'active' });
    const other = await createPlatformAdmin('super_admin');
    await expect(disableUser(await adminContextFor(other), { userId: superAdmin.id, reason: 'Left the company' })).resolves.toMatchObject({
      changed: true,
    });
  });

  it('does not let an admin disable themselves', async () => {
    const admin = await createPlatformAdmin();
    await expect(disableUser(await adminContextFor(admin), { userId: admin.id, reason: 'Oops' })).rejects.toMatchObject({ code: 'INVALID' });
    expect((await userRow(admin.id)).status).toBe('active');
  });

  it('refuses platform roles without users.disable (accounting, technical_access)', async () => {
    const user = await createUser();
    for (const role of ['accounting', 'technical_access'] as const) {
      const ctx = await adminContextFor(await createPlatformAdmin(role));
      await expect(disableUser(ctx, { userId: user.id, reason: 'Not allowed' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(enableUser(ctx, { userId: user.id, reason: 'Not allowed' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await userRow(user.id)).status).toBe('active');
  });
});
