import { describe, expect, it } from 'vitest';
import { planAllowing, planWithModule, planWithMoreOrders, PLAN_ORDER, PLANS } from './plans';

describe('plans', () => {
  it('grow with every step up: no limit shrinks from one plan to the next', () => {
    for (let i = 1; i < PLAN_ORDER.length; i++) {
      const [lower, higher] = [PLANS[PLAN_ORDER[i - 1]!], PLANS[PLAN_ORDER[i]!]];
      for (const [resource, limit] of Object.entries(lower.limits)) {
        const next = higher.limits[resource as keyof typeof lower.limits];
        expect(next === null || (limit !== null && next >= limit), `${resource}: ${PLAN_ORDER[i]}`).toBe(true);
      }
      expect(higher.ordersPerMonth === null || higher.ordersPerMonth >= lower.ordersPerMonth!).toBe(true);
      expect(higher.monthlyPrice).toBeGreaterThan(lower.monthlyPrice);
      for (const [module, included] of Object.entries(lower.modules)) if (included) expect(higher.modules[module as keyof typeof lower.modules], module).toBe(true);
    }
  });
  it('name the cheapest plan that fits', () => {
    expect(planAllowing('free', 'warehouses', 2)).toBe('basic');
    expect(planAllowing('free', 'warehouses', 4)).toBe('pro');
    expect(planAllowing('pro', 'products', 1_000_000)).toBe('enterprise');
    expect(planAllowing('enterprise', 'products', 1)).toBeNull();
    expect(planWithModule('free', 'customDomains')).toBe('basic');
    expect(planWithModule('basic', 'marketplace')).toBe('pro');
    expect(planWithMoreOrders('free')).toBe('basic');
    expect(planWithMoreOrders('enterprise')).toBeNull();
  });
});
