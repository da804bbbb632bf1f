import type { ORGANIZATION_PLANS } from '@/db/schema/values';

/** Client-safe: every plan's limits, in one place. `null` = unlimited. */
export type PlanKey = (typeof ORGANIZATION_PLANS)[number];
export type LimitedResource = 'products' | 'teamMembers' | 'warehouses';
export type PlanModule = 'customDomains';

export type Plan = {
  name: string;
  limits: Record<LimitedResource, number | null>;
  modules: Record<PlanModule, boolean>;
};

export const PLANS: Record<PlanKey, Plan> = {
  free: { name: 'Free', limits: { products: 50, teamMembers: 3, warehouses: 1 }, modules: { customDomains: false } },
  basic: { name: 'Basic', limits: { products: 500, teamMembers: 10, warehouses: 3 }, modules: { customDomains: true } },
  pro: { name: 'Pro', limits: { products: 10_000, teamMembers: 50, warehouses: 20 }, modules: { customDomains: true } },
  enterprise: { name: 'Enterprise', limits: { products: null, teamMembers: null, warehouses: null }, modules: { customDomains: true } },
};

export const PLAN_ORDER: readonly PlanKey[] = ['free', 'basic', 'pro', 'enterprise'];

export const RESOURCE_LABELS: Record<LimitedResource, { one: string; many: string; short: string }> = {
  products: { one: 'product', many: 'products', short: 'products' },
  teamMembers: { one: 'team member (or open invitation)', many: 'team members (with open invitations)', short: 'members or open invitations' },
  warehouses: { one: 'warehouse', many: 'warehouses', short: 'warehouses' },
};

export const MODULE_LABELS: Record<PlanModule, string> = { customDomains: 'Custom domains' };

/** The cheapest plan above `plan` that allows `count` of the resource, if any. */
export function planAllowing(plan: PlanKey, resource: LimitedResource, count: number): PlanKey | null {
  return PLAN_ORDER.slice(PLAN_ORDER.indexOf(plan) + 1).find((p) => withinLimit(PLANS[p].limits[resource], count)) ?? null;
}

/** The cheapest plan above `plan` with the module. */
export function planWithModule(plan: PlanKey, module: PlanModule): PlanKey | null {
  return PLAN_ORDER.slice(PLAN_ORDER.indexOf(plan) + 1).find((p) => PLANS[p].modules[module]) ?? null;
}

export const withinLimit = (limit: number | null, count: number) => limit === null || count <= limit;
