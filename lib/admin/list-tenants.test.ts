import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { users } from '@/db/schema';
import { addMember, adminContextFor, createOrganization, createPlatformAdmin, createUser } from '@/db/test/factories';
import type { AdminContext } from '@/lib/server/context';
import { countTenants } from './count-tenants';
import { listTenants } from './list-tenants';
import { listUsers } from './list-users';
import { ListTenantsFilters, ListUsersFilters } from './schemas';

const filters = (params: Record<string, string>) => ListTenantsFilters.parse(params);
let ctx: AdminContext;

beforeAll(async () => {
  ctx = await adminContextFor(await createPlatformAdmin());
  // 26 tenants named "Bulk NN" (free, active), created oldest first, plus a few to find.
  for (let i = 1; i <= 26; i++) await createOrganization({ name: `Bulk ${String(i).padStart(2, '0')}`, slug: `bulk-${i}`, plan: 'free' });
  const { org: pizza, owner } = await createOrganization({ name: 'Pizza Palace', slug: 'pizza-palace', plan: 'pro' });
  await withPlatform((tx) => tx.update(users).set({ email: 'mario@pizza.example' }).where(eq(users.id, owner.id)));
  await addMember(pizza, 'staff');
  await addMember(pizza, 'courier');
  await createOrganization({ name: 'Closed Corner', slug: 'closed-corner', plan: 'basic', status: 'suspended' });
});

describe('listTenants', () => {
  it('pages 25 at a time, newest first', async () => {
    const first = await listTenants(ctx, filters({}));
    expect(first.total).toBe(28);
    expect(first.totalPages).toBe(2);
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.name).toBe('Closed Corner');
    const second = await listTenants(ctx, filters({ page: '2' }));
    expect(second.rows.map((r) => r.name)).toEqual(['Bulk 03', 'Bulk 02', 'Bulk 01']);
  });

  it('searches name, slug and owner email, and shows owner and member count', async () => {
    for (const q of ['pizza', 'PALACE', 'mario@pizza']) {
      const { rows } = await listTenants(ctx, filters({ q }));
      expect(rows.map((r) => r.slug)).toEqual(['pizza-palace']);
      expect(rows[0]).toMatchObject({ ownerEmail: 'mario@pizza.example', membersCount: 3, plan: 'pro' });
    }
    expect((await listTenants(ctx, filters({ q: '100%' }))).total).toBe(0);
  });

  it('filters by plan and status, and an unmatched filter gives an empty page', async () => {
    expect((await listTenants(ctx, filters({ plan: 'pro' }))).rows.map((r) => r.slug)).toEqual(['pizza-palace']);
    expect((await listTenants(ctx, filters({ status: 'suspended' }))).rows.map((r) => r.slug)).toEqual(['closed-corner']);
    expect((await listTenants(ctx, filters({ plan: 'basic', status: 'suspended' }))).total).toBe(1);
    expect(await listTenants(ctx, filters({ plan: 'enterprise' }))).toMatchObject({ total: 0, rows: [], totalPages: 1 });
  });

  it('ignores malformed filters from the URL instead of failing', async () => {
    const parsed = filters({ plan: 'platinum', status: '', page: '-3' });
    expect(parsed).toEqual({ q: '', plan: undefined, status: undefined, page: 1 });
    expect((await listTenants(ctx, parsed)).total).toBe(28);
  });

  it('counts tenants by plan and status for the charts', async () => {
    const counts = await countTenants(ctx);
    expect(counts.total).toBe(28);
    expect(counts.byPlan).toEqual({ free: 26, basic: 1, pro: 1, enterprise: 0 });
    expect(counts.byStatus).toEqual({ active: 27, suspended: 1, cancelled: 0 });
  });

  it('is open to every platform role that may view tenants and to nobody else', async () => {
    const accounting = await adminContextFor(await createPlatformAdmin('accounting'));
    expect((await listTenants(accounting, filters({}))).total).toBe(28);
    await expect(adminContextFor(await createUser())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('listUsers', () => {
  it('searches by name or email, filters by status, and shows roles and memberships', async () => {
    await createUser({ name: 'Zed Suspended', email: 'zed@blocked.example', status: 'suspended' });
    const { rows } = await listUsers(ctx, ListUsersFilters.parse({ q: 'mario' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'mario@pizza.example', membershipsCount: 1, platformRoles: [], mfaEnabled: false });

    const suspended = await listUsers(ctx, ListUsersFilters.parse({ status: 'suspended' }));
    expect(suspended.rows.map((r) => r.email)).toEqual(['zed@blocked.example']);

    const admins = await listUsers(ctx, ListUsersFilters.parse({ q: ctx.actor.email }));
    expect(admins.rows[0]!.platformRoles).toEqual(['super_admin']);
  });

  it('refuses a platform role without users.view (accounting)', async () => {
    const accounting = await adminContextFor(await createPlatformAdmin('accounting'));
    await expect(listUsers(accounting, ListUsersFilters.parse({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
