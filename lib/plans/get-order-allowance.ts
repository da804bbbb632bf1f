import 'server-only';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { currentPlan } from './current-plan';
import { countOrdersThisMonth } from './order-allowance';
import { PLANS, type PlanKey } from './plans';

export type OrderAllowance = { plan: PlanKey; used: number; limit: number };

/**
 * The dashboard's warning: this month's orders against the plan's monthly limit, or null on an
 * unlimited plan (nothing is counted then).
 */
export async function getOrderAllowance(ctx: OrgContext): Promise<OrderAllowance | null> {
  requirePermission(ctx, 'org.view');
  return ctx.tx(async (tx) => {
    const plan = await currentPlan(tx, ctx.org.id);
    const limit = PLANS[plan].ordersPerMonth;
    if (limit === null) return null;
    return { plan, used: await countOrdersThisMonth(tx, ctx.org), limit };
  });
}
