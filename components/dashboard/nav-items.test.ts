import { describe, expect, it } from 'vitest';
import { roleCan } from '@/lib/server/permissions';
import type { MemberRole } from '@/db/schema';
import { dashboardNavItems, isActiveItem, settingsTabs } from './nav-items';

const labels = (role: MemberRole) => dashboardNavItems('acme', (p) => roleCan(role, p)).map((i) => i.label);

describe('dashboardNavItems', () => {
  it('shows owners and admins every module that exists', () => {
    expect(labels('owner')).toEqual(['Overview', 'Settings', 'Team', 'Domains', 'Audit log']);
    expect(labels('admin')).toEqual(['Overview', 'Settings', 'Team', 'Domains', 'Audit log']);
  });
  it('shows staff and sellers the overview only, and couriers nothing', () => {
    expect(labels('staff')).toEqual(['Overview']);
    expect(labels('seller')).toEqual(['Overview']);
    expect(labels('courier')).toEqual([]);
  });
  it('links inside the organization', () => {
    expect(dashboardNavItems('acme', () => true).map((i) => i.href)).toEqual([
      '/dashboard/acme',
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
      { href: '/dashboard/acme/settings/domains', label: 'Domains', active: false },
      { href: '/dashboard/acme/settings/team', label: 'Team', active: true },
    ]);
    expect(settingsTabs('acme', (p) => roleCan('staff', p), 'general')).toEqual([]);
  });
});

describe('isActiveItem', () => {
  const [overview, settings, team] = dashboardNavItems('acme', () => true);
  it('matches exact items exactly and others by prefix', () => {
    expect(isActiveItem(overview!, '/dashboard/acme')).toBe(true);
    expect(isActiveItem(overview!, '/dashboard/acme/settings')).toBe(false);
    expect(isActiveItem(settings!, '/dashboard/acme/settings/')).toBe(true);
    expect(isActiveItem(settings!, '/dashboard/acme/settings/team')).toBe(false);
    expect(isActiveItem(team!, '/dashboard/acme/settings/team')).toBe(true);
    expect(isActiveItem(team!, '/dashboard/acme/settings/teammates')).toBe(false);
  });
});
