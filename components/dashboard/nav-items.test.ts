import { describe, expect, it } from 'vitest';
import { roleCan } from '@/lib/server/permissions';
import type { MemberRole } from '@/db/schema';
import { dashboardNavItems, isActiveItem, settingsTabs } from './nav-items';

const labels = (role: MemberRole) => dashboardNavItems('acme', (p) => roleCan(role, p)).map((i) => i.label);

describe('dashboardNavItems', () => {
  it('shows owners and admins every module that exists', () => {
    const all = ['Overview', 'Orders', 'Deliveries', 'Couriers', 'Products', 'Categories', 'Inventory', 'Coupons', 'Delivery zones', 'Settings', 'Team', 'Domains', 'Audit log'];
    expect(labels('owner')).toEqual(all);
    expect(labels('admin')).toEqual(all);
  });
  it('shows staff orders, deliveries, the catalog and stock, sellers the overview only, and couriers nothing', () => {
    expect(labels('staff')).toEqual(['Overview', 'Orders', 'Deliveries', 'Products', 'Categories', 'Inventory']);
    expect(labels('seller')).toEqual(['Overview']);
    expect(labels('courier')).toEqual([]);
  });
  it('links inside the organization', () => {
    expect(dashboardNavItems('acme', () => true).map((i) => i.href)).toEqual([
      '/dashboard/acme',
      '/dashboard/acme/orders',
      '/dashboard/acme/deliveries',
      '/dashboard/acme/couriers',
      '/dashboard/acme/products',
      '/dashboard/acme/categories',
      '/dashboard/acme/inventory',
      '/dashboard/acme/coupons',
      '/dashboard/acme/delivery-zones',
      '/dashboard/acme/settings',
      '/dashboard/acme/settings/team',
      '/dashboard/acme/settings/domains',
      '/dashboard/acme/audit-log',
    ]);
  });
});

describe('settingsTabs', () => {
  it('marks the current tab and hides tabs the role cannot see', () => {
    expect(settingsTabs('acme', (p) => roleCan('admin', p), 'team')).toEqual([
      { href: '/dashboard/acme/settings', label: 'General', active: false },
      { href: '/dashboard/acme/settings/plan', label: 'Plan and usage', active: false },
      { href: '/dashboard/acme/settings/payments', label: 'Payments and checkout', active: false },
      { href: '/dashboard/acme/settings/delivery', label: 'Delivery', active: false },
      { href: '/dashboard/acme/settings/domains', label: 'Domains', active: false },
      { href: '/dashboard/acme/settings/team', label: 'Team', active: true },
    ]);
    expect(settingsTabs('acme', (p) => roleCan('staff', p), 'general')).toEqual([]);
  });
});

describe('isActiveItem', () => {
  const items = dashboardNavItems('acme', () => true);
  const [overview, settings, team] = ['Overview', 'Settings', 'Team'].map((label) => items.find((i) => i.label === label));
  it('matches exact items exactly and others by prefix', () => {
    expect(isActiveItem(overview!, '/dashboard/acme')).toBe(true);
    expect(isActiveItem(overview!, '/dashboard/acme/settings')).toBe(false);
    expect(isActiveItem(settings!, '/dashboard/acme/settings/')).toBe(true);
    expect(isActiveItem(settings!, '/dashboard/acme/settings/team')).toBe(false);
    expect(isActiveItem(team!, '/dashboard/acme/settings/team')).toBe(true);
    expect(isActiveItem(team!, '/dashboard/acme/settings/teammates')).toBe(false);
  });
});
