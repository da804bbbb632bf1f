import type { OrgPermission } from '@/lib/server/permissions';

/**
 * The dashboard's module menu and the settings tabs, filtered by what the member's role may
 * see and by the features the organization has (a module behind a feature flag names it).
 * Only modules that exist are listed; new modules add a line here with their permission.
 */
export type NavIcon = 'overview' | 'orders' | 'deliveries' | 'couriers' | 'coupons' | 'delivery' | 'products' | 'categories' | 'inventory' | 'settings' | 'team' | 'domains' | 'audit';
export type DashboardNavItem = { href: string; label: string; icon: NavIcon; exact?: boolean };
type Can = (permission: OrgPermission) => boolean;
/** Feature flag keys (lib/features) that decide whether a module is shown at all. */
export type NavFeature = 'deliveries' | 'custom_domains';

const MODULES: { path: string; label: string; icon: NavIcon; permission: OrgPermission; feature?: NavFeature; exact?: boolean }[] = [
  { path: '', label: 'Overview', icon: 'overview', permission: 'org.view', exact: true },
  { path: '/orders', label: 'Orders', icon: 'orders', permission: 'orders.view' },
  { path: '/deliveries', label: 'Deliveries', icon: 'deliveries', permission: 'deliveries.view', feature: 'deliveries' },
  { path: '/couriers', label: 'Couriers', icon: 'couriers', permission: 'couriers.manage', feature: 'deliveries' },
  { path: '/products', label: 'Products', icon: 'products', permission: 'catalog.view' },
  { path: '/categories', label: 'Categories', icon: 'categories', permission: 'catalog.view' },
  { path: '/inventory', label: 'Inventory', icon: 'inventory', permission: 'inventory.view' },
  { path: '/coupons', label: 'Coupons', icon: 'coupons', permission: 'coupons.manage' },
  { path: '/delivery-zones', label: 'Delivery zones', icon: 'delivery', permission: 'delivery.manage' },
  { path: '/settings', label: 'Settings', icon: 'settings', permission: 'settings.view', exact: true },
  { path: '/settings/team', label: 'Team', icon: 'team', permission: 'team.view' },
  { path: '/settings/domains', label: 'Domains', icon: 'domains', permission: 'domains.view', feature: 'custom_domains' },
  { path: '/audit-log', label: 'Audit log', icon: 'audit', permission: 'audit.view' },
];

/** Whether an item's feature (if it has one) is among the organization's enabled features. */
const featureOn = (feature: NavFeature | undefined, enabled: readonly string[]) => !feature || enabled.includes(feature);

export function dashboardNavItems(slug: string, can: Can, enabledFeatures: readonly string[]): DashboardNavItem[] {
  return MODULES.filter((m) => can(m.permission) && featureOn(m.feature, enabledFeatures)).map(({ path, label, icon, exact }) => ({
    href: `/dashboard/${slug}${path}`,
    label,
    icon,
    ...(exact ? { exact } : {}),
  }));
}

export type SettingsTab = 'general' | 'plan' | 'payments' | 'delivery' | 'domains' | 'team';

const TABS: { tab: SettingsTab; path: string; label: string; permission: OrgPermission; feature?: NavFeature }[] = [
  { tab: 'general', path: '/settings', label: 'General', permission: 'settings.view' },
  { tab: 'plan', path: '/settings/plan', label: 'Plan and usage', permission: 'settings.view' },
  { tab: 'payments', path: '/settings/payments', label: 'Payments and checkout', permission: 'payments.manage' },
  { tab: 'delivery', path: '/settings/delivery', label: 'Delivery', permission: 'delivery.manage' },
  { tab: 'domains', path: '/settings/domains', label: 'Domains', permission: 'domains.view', feature: 'custom_domains' },
  { tab: 'team', path: '/settings/team', label: 'Team', permission: 'team.view' },
];

export function settingsTabs(slug: string, can: Can, current: SettingsTab, enabledFeatures: readonly string[]) {
  return TABS.filter((t) => can(t.permission) && featureOn(t.feature, enabledFeatures)).map((t) => ({ href: `/dashboard/${slug}${t.path}`, label: t.label, active: t.tab === current }));
}

/** Whether a menu item is the page being shown (or, unless exact, one of its sub-pages). */
export function isActiveItem(item: Pick<DashboardNavItem, 'href' | 'exact'>, pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '');
  return item.exact ? path === item.href : path === item.href || path.startsWith(`${item.href}/`);
}
