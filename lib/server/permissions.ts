import type { MemberRole } from '@/db/schema/tenancy/memberships';
import type { platformRole } from '@/db/schema/identity/platform-roles';

/**
 * The whole permission matrix: which organization role may do what, and which platform
 * (back-office) role may do what. Pages hide what a role cannot use; verbs enforce it.
 */
const ORG_PERMISSIONS = {
  'org.view': ['owner', 'admin', 'staff', 'seller'],
  'settings.view': ['owner', 'admin'],
  'settings.update': ['owner', 'admin'],
  'domains.view': ['owner', 'admin'],
  'domains.manage': ['owner', 'admin'],
  'team.view': ['owner', 'admin'],
  'team.invite': ['owner', 'admin'],
  'team.manage': ['owner', 'admin'],
  'audit.view': ['owner', 'admin'],
  'courier.work': ['courier'],
  'catalog.view': ['owner', 'admin', 'staff'],
  'catalog.manage': ['owner', 'admin', 'staff'],
  'catalog.import': ['owner', 'admin'],
  'inventory.view': ['owner', 'admin', 'staff'],
  'inventory.adjust': ['owner', 'admin', 'staff'],
  'warehouses.manage': ['owner', 'admin'],
  'orders.view': ['owner', 'admin', 'staff'],
  'orders.manage': ['owner', 'admin', 'staff'],
  'orders.refund': ['owner', 'admin'],
  'coupons.manage': ['owner', 'admin'],
  'delivery.manage': ['owner', 'admin'],
  'payments.manage': ['owner', 'admin'],
  'deliveries.view': ['owner', 'admin', 'staff'],
  'deliveries.manage': ['owner', 'admin', 'staff'],
  'couriers.manage': ['owner', 'admin'],
  'cash.reconcile': ['owner', 'admin'],
} as const satisfies Record<string, readonly MemberRole[]>;

export type OrgPermission = keyof typeof ORG_PERMISSIONS;

export function roleCan(role: MemberRole, permission: OrgPermission): boolean {
  return (ORG_PERMISSIONS[permission] as readonly MemberRole[]).includes(role);
}

/** Roles a member with `role` may hand out or take away: only owners manage owners. */
export function assignableRoles(role: MemberRole): MemberRole[] {
  if (role === 'owner') return ['owner', 'admin', 'staff', 'seller', 'courier'];
  if (role === 'admin') return ['admin', 'staff', 'seller', 'courier'];
  return [];
}

export type PlatformRole = (typeof platformRole.enumValues)[number];

const PLATFORM_PERMISSIONS = {
  'tenants.view': ['super_admin', 'role_manager', 'accounting', 'technical_access'],
  'tenants.suspend': ['super_admin', 'technical_access'],
  'tenants.change_plan': ['super_admin', 'accounting'],
  'users.view': ['super_admin', 'role_manager', 'technical_access'],
  'users.disable': ['super_admin', 'role_manager'],
  'audit.view_platform': ['super_admin', 'role_manager', 'accounting', 'technical_access'],
  'flags.manage': ['super_admin', 'technical_access'],
  'platform_settings.manage': ['super_admin'],
  'rates.manage': ['super_admin', 'accounting'],
  'jobs.view': ['super_admin', 'technical_access'],
  'jobs.retry': ['super_admin', 'technical_access'],
  /** The overview's counts of tenants and sign-ups; its money figures need money.view. */
  'overview.view': ['super_admin', 'role_manager', 'accounting', 'technical_access'],
  /** Money pages: GMV, top tenants by sales, subscriptions and billing. */
  'money.view': ['super_admin', 'accounting'],
  'admins.manage': ['super_admin', 'role_manager'],
  /** Integrations: webhook deliveries, custom domains and their DNS checks across tenants. */
  'integrations.view': ['super_admin', 'technical_access'],
  'domains.recheck': ['super_admin', 'technical_access'],
  'tenants.impersonate': ['super_admin', 'technical_access'],
  /** Impersonating with writes allowed (read-only is the default). */
  'tenants.impersonate_write': ['super_admin'],
} as const satisfies Record<string, readonly PlatformRole[]>;

export type PlatformPermission = keyof typeof PLATFORM_PERMISSIONS;

/** `extra` holds per-grant additions stored on platform_roles.permissions. */
export function platformCan(roles: readonly PlatformRole[], permission: PlatformPermission, extra: readonly string[] = []) {
  return (
    extra.includes(permission) ||
    roles.some((r) => (PLATFORM_PERMISSIONS[permission] as readonly PlatformRole[]).includes(r))
  );
}
