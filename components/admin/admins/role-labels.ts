import type { PlatformRole } from '@/lib/server/permissions';

export const PLATFORM_ROLE_LABELS: Record<PlatformRole, string> = {
  super_admin: 'Super admin',
  role_manager: 'Role manager',
  accounting: 'Accounting',
  technical_access: 'Technical access',
};

export const PLATFORM_ROLE_DESCRIPTIONS: Record<PlatformRole, string> = {
  super_admin: 'Everything, including support sessions with writes and other super admins.',
  role_manager: 'Manages platform staff and their roles; sees tenants and users.',
  accounting: 'Money pages: GMV, billing, plans and exchange rates.',
  technical_access: 'Integrations, jobs, feature flags, suspensions and read-only support sessions.',
};
