import { describe, expect, it } from 'vitest';
import { platformCan, type PlatformRole } from '@/lib/server/permissions';
import { visibleAdminSections } from './sections';

const pagesOf = (role: PlatformRole) => visibleAdminSections((p) => platformCan([role], p)).map((s) => s.label);

describe('back-office pages per platform role', () => {
  it('super_admin sees everything', () => {
    expect(pagesOf('super_admin')).toEqual(['Overview', 'Tenants', 'Billing', 'Exchange rates', 'Admins', 'Users', 'Audit log', 'Feature flags', 'Integrations', 'Jobs', 'Settings']);
  });
  it('role_manager manages admins and users, and no money or technical pages', () => {
    expect(pagesOf('role_manager')).toEqual(['Overview', 'Tenants', 'Admins', 'Users', 'Audit log']);
  });
  it('accounting sees the money pages', () => {
    expect(pagesOf('accounting')).toEqual(['Overview', 'Tenants', 'Billing', 'Exchange rates', 'Audit log']);
  });
  it('technical_access sees integrations, jobs and flags', () => {
    expect(pagesOf('technical_access')).toEqual(['Overview', 'Tenants', 'Users', 'Audit log', 'Feature flags', 'Integrations', 'Jobs']);
  });
});
