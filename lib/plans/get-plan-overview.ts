import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { PLAN_ORDER, PLANS, type LimitedResource, type Plan, type PlanKey } from './plans';
import { countOrdersThisMonth } from './order-allowance';
import { countAllUsage } from './usage';

export type ResourceUsage = { resource: LimitedResource; used: number; limit: number | null };

export type PlanOverview = {
  plan: PlanKey;
  customDomains: boolean;
  usage: ResourceUsage[];
  /** Orders taken this calendar month (in the store's time zone) against the plan's monthly limit (null = unlimited). */
  orders: { used: number; limit: number | null };
  /** Every plan, cheapest first, for the comparison. */
  plans: (Plan & { key: PlanKey })[];
};

const RESOURCE_ORDER: LimitedResource[] = ['products', 'warehouses', 'teamMembers'];

/** Settings → Plan and usage: the plan as it is now (a platform admin may have just changed it) and what is used of each limit. */
export async function getPlanOverview(ctx: OrgContext): Promise<PlanOverview> {
  requirePermission(ctx, 'settings.view');
  return ctx.tx(async (tx) => {
    const [row] = await tx.select({ plan: organizations.plan }).from(organizations).where(eq(organizations.id, ctx.org.id));
    const plan = row?.plan ?? ctx.org.plan;
    const [used, ordersThisMonth] = await Promise.all([countAllUsage(tx, ctx.org.id), countOrdersThisMonth(tx, ctx.org)]);
    return {
      plan,
      customDomains: PLANS[plan].modules.customDomains,
      usage: RESOURCE_ORDER.map((resource) => ({ resource, used: used[resource], limit: PLANS[plan].limits[resource] })),
      orders: { used: ordersThisMonth, limit: PLANS[plan].ordersPerMonth },
      plans: PLAN_ORDER.map((key) => ({ key, ...PLANS[key] })),
    };
  });
}
