import { describe, expect, it } from 'vitest';
import { roleCan } from '@/lib/server/permissions';
import type { MemberRole } from '@/db/schema';
import { dashboardNavItems, isActiveItem, settingsTabs } from './nav-items';

const ALL_FEATURES = ['deliveries', 'custom_domains'];
const labels = (role: MemberRole, features: string[] = ALL_FEATURES) => dashboardNavItems('acme', (p) => roleCan(role, p), features).map((i) => i.label);

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
  it('hides the modules whose feature is off: deliveries and couriers without deliveries, domains without custom domains', () => {
    expect(labels('owner', ['custom_domains'])).toEqual(['Overview', 'Orders', 'Products', 'Categories', 'Inventory', 'Coupons', 'Delivery zones', 'Settings', 'Team', 'Domains', 'Audit log']);
    expect(labels('owner', ['deliveries'])).toEqual(['Overview', 'Orders', 'Deliveries', 'Couriers', 'Products', 'Categories', 'Inventory', 'Coupons', 'Delivery zones', 'Settings', 'Team', 'Audit log']);
    expect(labels('staff', [])).toEqual(['Overview', 'Orders', 'Products', 'Categories', 'Inventory']);
    // Features the menu does not know about change nothing.
    expect(labels('owner', [...ALL_FEATURES, 'csv_import'])).toEqual(labels('owner'));
  });
  it('links inside the organization', () => {
    expect(dashboardNavItems('acme', () => true, ALL_FEATURES).map((i) => i.href)).toEqual([
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
    expect(settingsTabs('acme', (p) => roleCan('admin', p), 'team', ALL_FEATURES)).toEqual([
      { href: '/dashboard/acme/settings', label: 'General', active: false },
      { href: '/dashboard/acme/settings/plan', label: 'Plan and usage', active: false },
      { href: '/dashboard/acme/settings/payments', label: 'Payments and checkout', active: false },
      { href: '/dashboard/acme/settings/delivery', label: 'Delivery', active: false },
      { href: '/dashboard/acme/settings/domains', label: 'Domains', active: false },
      { href: '/dashboard/acme/settings/team', label: 'Team', active: true },
    ]);
    expect(settingsTabs('acme', (p) => roleCan('staff', p), 'general', ALL_FEATURES)).toEqual([]);
  });
  it('hides the domains tab without custom domains', () => {
    expect(settingsTabs('acme', () => true, 'plan', ['deliveries']).map((t) => t.label)).toEqual(['General', 'Plan and usage', 'Payments and checkout', 'Delivery', 'Team']);
  });
});

describe('isActiveItem', () => {
  const items = dashboardNavItems('acme', () => true, ALL_FEATURES);
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
