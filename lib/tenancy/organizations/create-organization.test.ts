import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, memberships, organizations } from '@/db/schema';
import { createUser } from '@/db/test/factories';
import { loadOrgContext } from '@/lib/server/context';
import { createOrganization, SLUG_TAKEN } from './create-organization';
import { CreateOrganizationInput } from './schemas';

const meta = { ipAddress: '127.0.0.1', userAgent: 'vitest' };
const input = (slug: string) =>
  CreateOrganizationInput.parse({ name: 'Corner Shop', slug, kind: 'store', defaultCurrency: 'LKR', defaultLocale: 'si-LK', timezone: 'Asia/Colombo' });

describe('createOrganization', () => {
  it('creates the organization with its creator as owner and one audit row', async () => {
    const user = await createUser();
    const created = await createOrganization({ user, meta }, input('corner-shop'));
    expect(created.slug).toBe('corner-shop');

    const ctx = await loadOrgContext(user, 'corner-shop', meta);
    expect(ctx.role).toBe('owner');
    expect(ctx.org).toMatchObject({ name: 'Corner Shop', kind: 'store', defaultCurrency: 'LKR', defaultLocale: 'si-LK', timezone: 'Asia/Colombo', plan: 'free', status: 'active' });
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.organizationId, created.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'organization.created', actorUserId: user.id, entityId: created.id });
  });

  it('refuses reserved, malformed and too-short slugs before writing anything', () => {
    for (const slug of ['admin', 'www', 'api', 'sign-in', 'ab', 'Acme', 'acme_shop', '-acme', 'acme-', 'a--b', 'x'.repeat(41)]) {
      const parsed = CreateOrganizationInput.safeParse({ name: 'X shop', slug, kind: 'store', defaultCurrency: 'USD', defaultLocale: 'en-US' });
      expect(parsed.success, slug).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['slug']);
    }
  });

  it('maps a taken slug to a field error and writes nothing', async () => {
    const first = await createUser();
    const second = await createUser();
    await createOrganization({ user: first, meta }, input('taken-slug'));
    await expect(createOrganization({ user: second, meta }, input('taken-slug'))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { slug: [SLUG_TAKEN] },
    });
    const theirs = await withPlatform((tx) => tx.select().from(memberships).where(eq(memberships.userId, second.id)));
    expect(theirs).toHaveLength(0);
  });

  it('lets exactly one of two parallel creates with the same slug win', async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const results = await Promise.allSettled([
      createOrganization({ user: a, meta }, input('race-slug')),
      createOrganization({ user: b, meta }, input('race-slug')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: 'CONFLICT', fieldErrors: { slug: [SLUG_TAKEN] } });
    const rows = await withPlatform((tx) => tx.select().from(organizations).where(eq(organizations.slug, 'race-slug')));
    expect(rows).toHaveLength(1);
    const owners = await withPlatform((tx) => tx.select().from(memberships).where(eq(memberships.organizationId, rows[0]!.id)));
    expect(owners).toHaveLength(1);
  });
});
