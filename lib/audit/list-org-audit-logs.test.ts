import { describe, expect, it } from 'vitest';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import type { Actor } from '@/lib/server/actor';
import { AuditLogFilters } from './list-audit-logs';
import { listOrgAuditLogs } from './list-org-audit-logs';
import { recordAudit } from './record-audit';

const all = AuditLogFilters.parse({});
const actorOf = (user: { id: string; email: string }): Actor => ({ type: 'user', userId: user.id, email: user.email, ipAddress: '10.0.0.1', userAgent: 'vitest' });

describe('listOrgAuditLogs', () => {
  it("shows the organization's own rows, newest first, with the actor, and never another organization's", async () => {
    const a = await createOrganization({ name: 'Alpha' });
    const b = await createOrganization({ name: 'Beta' });
    await withOrg(a.org.id, (tx) =>
      recordAudit(tx, actorOf(a.owner), { organizationId: a.org.id, action: 'settings.updated', entityType: 'organization', oldValues: { name: 'Old' }, newValues: { name: 'Alpha' } }),
    );
    await withOrg(a.org.id, (tx) => recordAudit(tx, actorOf(a.owner), { organizationId: a.org.id, action: 'team.member_invited', entityType: 'invitation' }));
    await withOrg(b.org.id, (tx) => recordAudit(tx, actorOf(b.owner), { organizationId: b.org.id, action: 'settings.updated', entityType: 'organization' }));
    await withPlatform((tx) => tx.insert(auditLogs).values({ organizationId: null, actorType: 'system', action: 'user.disabled', entityType: 'user' }));

    const page = await listOrgAuditLogs(await orgContextFor(a.owner, a.org), all);

    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.action)).toEqual(['team.member_invited', 'settings.updated']);
    expect(page.rows[1]).toMatchObject({
      actorEmail: a.owner.email,
      actorType: 'user',
      organization: { id: a.org.id, name: 'Alpha', slug: a.org.slug },
      oldValues: { name: 'Old' },
      newValues: { name: 'Alpha' },
    });
    const fromB = await listOrgAuditLogs(await orgContextFor(b.owner, b.org), all);
    expect(fromB.rows.map((r) => r.action)).toEqual(['settings.updated']);
    expect(fromB.rows.every((r) => r.organization?.slug === b.org.slug)).toBe(true);
  });

  it('filters by actor email, action prefix and date range (days in the org time zone)', async () => {
    const { org, owner } = await createOrganization({ timezone: 'Asia/Tashkent' });
    const admin = await addMember(org, 'admin');
    const write = (user: typeof owner, action: string) =>
      withOrg(org.id, (tx) => recordAudit(tx, actorOf(user), { organizationId: org.id, action, entityType: 'x' }));
    await write(owner, 'team.member_removed');
    await write(admin, 'team.role_changed');
    await write(admin, 'domains.added');
    const ctx = await orgContextFor(owner, org);
    const list = (params: Record<string, string>) => listOrgAuditLogs(ctx, AuditLogFilters.parse(params));

    expect((await list({ actor: admin.email.slice(0, 12) })).total).toBe(2);
    expect((await list({ action: 'team.' })).rows.map((r) => r.action).sort()).toEqual(['team.member_removed', 'team.role_changed']);
    expect((await list({ action: 'team_' })).total).toBe(0);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tashkent' }).format(new Date());
    expect((await list({ from: today, to: today })).total).toBe(3);
    expect((await list({ to: '2000-01-01' })).total).toBe(0);
    expect((await list({ from: 'not-a-date' })).total).toBe(3);
  });

  it('refuses roles without audit.view (staff, courier)', async () => {
    const { org } = await createOrganization();
    for (const role of ['staff', 'courier'] as const) {
      const member = await addMember(org, role);
      await expect(listOrgAuditLogs(await orgContextFor(member, org), all)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
