import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs } from '@/db/schema';
import { adminContextFor, createOrganization, createPlatformAdmin, createUser } from '@/db/test/factories';
import { PlatformAuditLogFilters } from './list-audit-logs';
import { listPlatformAuditLogs } from './list-platform-audit-logs';

describe('listPlatformAuditLogs', () => {
  it('shows every organization and the platform-level rows, filterable by organization slug', async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const admin = await createPlatformAdmin('accounting');
    await withPlatform((tx) =>
      tx.insert(auditLogs).values([
        { organizationId: a.org.id, actorType: 'user', actorUserId: a.owner.id, action: 'settings.updated', entityType: 'organization' },
        { organizationId: b.org.id, actorType: 'user', actorUserId: b.owner.id, action: 'settings.updated', entityType: 'organization' },
        { organizationId: null, actorType: 'platform_admin', actorUserId: admin.id, action: 'user.disabled', entityType: 'user', reason: 'Spam' },
      ]),
    );
    const ctx = await adminContextFor(admin);

    const everything = await listPlatformAuditLogs(ctx, PlatformAuditLogFilters.parse({}));
    expect(everything.total).toBe(3);
    expect(everything.rows.find((r) => r.action === 'user.disabled')).toMatchObject({ action: 'user.disabled', organization: null, actorEmail: admin.email, reason: 'Spam' });

    const onlyA = await listPlatformAuditLogs(ctx, PlatformAuditLogFilters.parse({ org: a.org.slug.toUpperCase() }));
    expect(onlyA.rows.map((r) => r.organization?.slug)).toEqual([a.org.slug]);
    const byActor = await listPlatformAuditLogs(ctx, PlatformAuditLogFilters.parse({ actor: b.owner.email }));
    expect(byActor.rows.map((r) => r.organization?.slug)).toEqual([b.org.slug]);
  });

  it('is for platform staff only', async () => {
    await expect(adminContextFor(await createUser())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
