import type { PlatformPermission } from '@/lib/server/permissions';

/**
 * The back office's pages and the permission each needs, in menu order. The nav shows what the
 * admin's roles allow, /admin opens the first of them, and every page and verb checks its own
 * permission again (lib/server/permissions.ts has the role matrix).
 */
export const ADMIN_SECTIONS = [
  { href: '/admin/overview', label: 'Overview', permission: 'overview.view' },
  { href: '/admin/tenants', label: 'Tenants', permission: 'tenants.view' },
  { href: '/admin/billing', label: 'Billing', permission: 'money.view' },
  { href: '/admin/exchange-rates', label: 'Exchange rates', permission: 'rates.manage' },
  { href: '/admin/admins', label: 'Admins', permission: 'admins.manage' },
  { href: '/admin/users', label: 'Users', permission: 'users.view' },
  { href: '/admin/audit-log', label: 'Audit log', permission: 'audit.view_platform' },
  { href: '/admin/feature-flags', label: 'Feature flags', permission: 'flags.manage' },
  { href: '/admin/integrations', label: 'Integrations', permission: 'integrations.view' },
  { href: '/admin/jobs', label: 'Jobs', permission: 'jobs.view' },
  { href: '/admin/settings', label: 'Settings', permission: 'platform_settings.manage' },
] as const satisfies readonly { href: string; label: string; permission: PlatformPermission }[];

export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export function visibleAdminSections(can: (permission: PlatformPermission) => boolean): AdminSection[] {
  return ADMIN_SECTIONS.filter((s) => can(s.permission));
}
