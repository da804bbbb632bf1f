import type { ORGANIZATION_PLANS } from '@/db/schema/values';

/** Client-safe: every plan's price, limits and modules, in one place. `null` = unlimited. */
export type PlanKey = (typeof ORGANIZATION_PLANS)[number];
/** Things an organization has and can remove (a downgrade waits until they fit). */
export type LimitedResource = 'products' | 'teamMembers' | 'warehouses';
export type PlanModule = 'customDomains' | 'marketplace' | 'print' | 'services' | 'apiAccess';

export type Plan = {
  name: string;
  /** Monthly price in minor units of PLAN_CURRENCY; what Stripe Billing charges for the plan's price. */
  monthlyPrice: number;
  limits: Record<LimitedResource, number | null>;
  /** Orders placed per calendar month (in the store's time zone); the storefront stops taking more. */
  ordersPerMonth: number | null;
  modules: Record<PlanModule, boolean>;
};

export const PLAN_CURRENCY = 'USD';

export const PLANS: Record<PlanKey, Plan> = {
  free: {
    name: 'Free',
    monthlyPrice: 0,
    limits: { products: 50, teamMembers: 3, warehouses: 1 },
    ordersPerMonth: 100,
    modules: { customDomains: false, marketplace: false, print: false, services: false, apiAccess: false },
  },
  basic: {
    name: 'Basic',
    monthlyPrice: 29_00,
    limits: { products: 500, teamMembers: 10, warehouses: 3 },
    ordersPerMonth: 1_000,
    modules: { customDomains: true, marketplace: false, print: true, services: true, apiAccess: false },
  },
  pro: {
    name: 'Pro',
    monthlyPrice: 99_00,
    limits: { products: 10_000, teamMembers: 50, warehouses: 20 },
    ordersPerMonth: 20_000,
    modules: { customDomains: true, marketplace: true, print: true, services: true, apiAccess: true },
  },
  enterprise: {
    name: 'Enterprise',
    monthlyPrice: 299_00,
    limits: { products: null, teamMembers: null, warehouses: null },
    ordersPerMonth: null,
    modules: { customDomains: true, marketplace: true, print: true, services: true, apiAccess: true },
  },
};

export const PLAN_ORDER: readonly PlanKey[] = ['free', 'basic', 'pro', 'enterprise'];

export const RESOURCE_LABELS: Record<LimitedResource, { one: string; many: string; short: string }> = {
  products: { one: 'product', many: 'products', short: 'products' },
  teamMembers: { one: 'team member (or open invitation)', many: 'team members (with open invitations)', short: 'members or open invitations' },
  warehouses: { one: 'warehouse', many: 'warehouses', short: 'warehouses' },
};

export const MODULE_LABELS: Record<PlanModule, string> = {
  customDomains: 'Custom domains',
  marketplace: 'Marketplace sellers',
  print: 'Print shop tools',
  services: 'Service bookings',
  apiAccess: 'API access',
};

/** The cheapest plan above `plan` that allows `count` of the resource, if any. */
export function planAllowing(plan: PlanKey, resource: LimitedResource, count: number): PlanKey | null {
  return PLAN_ORDER.slice(PLAN_ORDER.indexOf(plan) + 1).find((p) => withinLimit(PLANS[p].limits[resource], count)) ?? null;
}

/** The cheapest plan above `plan` that takes more orders a month. */
export function planWithMoreOrders(plan: PlanKey): PlanKey | null {
  const now = PLANS[plan].ordersPerMonth;
  return PLAN_ORDER.slice(PLAN_ORDER.indexOf(plan) + 1).find((p) => now !== null && (PLANS[p].ordersPerMonth === null || PLANS[p].ordersPerMonth! > now)) ?? null;
}

/** The cheapest plan above `plan` with the module. */
export function planWithModule(plan: PlanKey, module: PlanModule): PlanKey | null {
  return PLAN_ORDER.slice(PLAN_ORDER.indexOf(plan) + 1).find((p) => PLANS[p].modules[module]) ?? null;
}

export const withinLimit = (limit: number | null, count: number) => limit === null || count <= limit;
