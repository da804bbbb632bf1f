import 'server-only';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { PLAN_ORDER, PLANS, type Plan, type PlanKey } from './plans';
import { currentPlan } from './current-plan';
import { planUsage, type PlanUsage } from './plan-usage';

export type { ResourceUsage } from './plan-usage';

export type PlanOverview = PlanUsage & {
  plan: PlanKey;
  customDomains: boolean;
  /** Every plan, cheapest first, for the comparison. */
  plans: (Plan & { key: PlanKey })[];
};

/** Settings → Plan and usage: the plan as it is now (a platform admin may have just changed it) and what is used of each limit. */
export async function getPlanOverview(ctx: OrgContext): Promise<PlanOverview> {
  requirePermission(ctx, 'settings.view');
  return ctx.tx(async (tx) => {
    const plan = await currentPlan(tx, ctx.org.id);
    return {
      plan,
      customDomains: PLANS[plan].modules.customDomains,
      ...(await planUsage(tx, ctx.org, plan)),
      plans: PLAN_ORDER.map((key) => ({ key, ...PLANS[key] })),
    };
  });
}
