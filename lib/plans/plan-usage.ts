import 'server-only';
import type { Tx } from '@/db/client';
import type { Organization } from '@/db/schema';
import { countOrdersThisMonth } from './order-allowance';
import { PLANS, type LimitedResource, type PlanKey } from './plans';
import { countAllUsage } from './usage';

export type ResourceUsage = { resource: LimitedResource; used: number; limit: number | null };
export type PlanUsage = {
  usage: ResourceUsage[];
  /** Orders taken this calendar month (in the store's time zone, as checkout counts them) against the monthly limit (null = unlimited). */
  orders: { used: number; limit: number | null };
};

const RESOURCE_ORDER: LimitedResource[] = ['products', 'warehouses', 'teamMembers'];

/** What the organization uses of each limit of `plan`: the owner's plan page and the back office's tenant page. */
export async function planUsage(tx: Tx, org: Pick<Organization, 'id' | 'timezone'>, plan: PlanKey): Promise<PlanUsage> {
  const [used, ordersThisMonth] = await Promise.all([countAllUsage(tx, org.id), countOrdersThisMonth(tx, org)]);
  return {
    usage: RESOURCE_ORDER.map((resource) => ({ resource, used: used[resource], limit: PLANS[plan].limits[resource] })),
    orders: { used: ordersThisMonth, limit: PLANS[plan].ordersPerMonth },
  };
}
