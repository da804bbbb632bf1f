import { count, isNull } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { PLANS, TENANT_STATUSES } from './schemas';

type Plan = (typeof PLANS)[number];
type Status = (typeof TENANT_STATUSES)[number];

/** How many tenants are on each plan and in each status (every value present, zeros included). */
export async function countTenants(ctx: AdminContext) {
  requirePlatformPermission(ctx, 'tenants.view');
  const rows = await ctx.tx((tx) =>
    tx
      .select({ plan: organizations.plan, status: organizations.status, n: count() })
      .from(organizations)
      .where(isNull(organizations.deletedAt))
      .groupBy(organizations.plan, organizations.status),
  );
  const byPlan = Object.fromEntries(PLANS.map((p) => [p, 0])) as Record<Plan, number>;
  const byStatus = Object.fromEntries(TENANT_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const row of rows) {
    byPlan[row.plan] += row.n;
    byStatus[row.status] += row.n;
  }
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byPlan, byStatus };
}
