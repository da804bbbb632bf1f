import { describe, expect, it } from 'vitest';
import { addMember, createOrganization, createPlatformAdmin, createUser } from '@/db/test/factories';
import { dashboardHomeFor } from './dashboard-home';
import { listMyOrganizations } from './list-my-organizations';

describe('listMyOrganizations / dashboardHomeFor', () => {
  it('lists only the user’s own organizations with their role, newest membership first', async () => {
    const { org: first, owner: user } = await createOrganization();
    const { org: second } = await createOrganization();
    await createOrganization(); // someone else's
    await addMember(second, 'admin', user);
    const mine = await listMyOrganizations(user.id);
    expect(mine.map((o) => [o.slug, o.role])).toEqual([
      [second.slug, 'admin'],
      [first.slug, 'owner'],
    ]);
    expect(await dashboardHomeFor(user.id)).toBe(`/dashboard/${second.slug}`);
  });

  it('skips courier memberships when choosing a dashboard', async () => {
    const { org: shop, owner: user } = await createOrganization();
    const { org: other } = await createOrganization();
    await addMember(other, 'courier', user);
    expect(await dashboardHomeFor(user.id)).toBe(`/dashboard/${shop.slug}`);
  });

  it('sends couriers to /courier, platform admins to /admin and everyone else to onboarding', async () => {
    const { org } = await createOrganization();
    const courier = await addMember(org, 'courier');
    expect(await dashboardHomeFor(courier.id)).toBe('/courier');
    expect(await dashboardHomeFor((await createPlatformAdmin('accounting')).id)).toBe('/admin');
    expect(await dashboardHomeFor((await createUser()).id)).toBe('/onboarding');
  });
});
