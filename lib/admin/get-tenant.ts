import { asc, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditLogs, domains, memberships, planChanges, users, type Organization } from '@/db/schema';
import { queryAuditLogs } from '@/lib/audit/list-audit-logs';
import { countOrdersThisMonth } from '@/lib/plans/order-allowance';
import { PLANS, type LimitedResource } from '@/lib/plans/plans';
import { countAllUsage } from '@/lib/plans/usage';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { listImpersonationSessions } from './impersonation/list-impersonation-sessions';
import { getOrganizationById } from './internal';

const RECENT_AUDIT_ROWS = 10;
const RECENT_PLAN_CHANGES = 20;
const RESOURCE_ORDER: LimitedResource[] = ['products', 'warehouses', 'teamMembers'];

/** Each plan limit with what is used of it; orders count from the 1st of the month in the store's time zone, as checkout enforces. */
async function usageAgainstLimits(tx: Tx, org: Organization) {
  const plan = PLANS[org.plan];
  const [used, monthOrders] = await Promise.all([countAllUsage(tx, org.id), countOrdersThisMonth(tx, org)]);
  return [
    ...RESOURCE_ORDER.map((resource) => ({ resource: resource as LimitedResource | 'ordersThisMonth', used: used[resource], limit: plan.limits[resource] })),
    { resource: 'ordersThisMonth' as const, used: monthOrders, limit: plan.ordersPerMonth },
  ];
}

function planHistory(tx: Tx, organizationId: string) {
  return tx
    .select({
      id: planChanges.id,
      fromPlan: planChanges.fromPlan,
      toPlan: planChanges.toPlan,
      source: planChanges.source,
      reason: planChanges.reason,
      createdAt: planChanges.createdAt,
      actorEmail: users.email,
    })
    .from(planChanges)
    .leftJoin(users, eq(users.id, planChanges.actorUserId))
    .where(eq(planChanges.organizationId, organizationId))
    .orderBy(desc(planChanges.createdAt), desc(planChanges.id))
    .limit(RECENT_PLAN_CHANGES);
}

/**
 * One tenant with its domains, plan history, usage against its plan's limits and recent support
 * sessions; for roles allowed to see them, its members and latest audit rows.
 */
export async function getTenant(ctx: AdminContext, input: { organizationId: string }) {
  requirePlatformPermission(ctx, 'tenants.view');
  return ctx.tx(async (tx) => {
    const organization = await getOrganizationById(tx, input.organizationId);
    const domainRows = await tx
      .select()
      .from(domains)
      .where(eq(domains.organizationId, organization.id))
      .orderBy(asc(domains.hostname));
    // Names and emails of people are the users section's business (users.view).
    const members = !ctx.can('users.view')
      ? null
      : await tx
      .select({
        id: memberships.id,
        role: memberships.role,
        joinedAt: memberships.createdAt,
        userId: users.id,
        name: users.name,
        email: users.email,
        userStatus: users.status,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organizationId, organization.id))
      .orderBy(asc(memberships.createdAt));
    const audit = ctx.can('audit.view_platform')
      ? await queryAuditLogs(tx, [eq(auditLogs.organizationId, organization.id)], { page: 1, pageSize: RECENT_AUDIT_ROWS })
      : null;
    const [plans, usage, supportSessions] = await Promise.all([
      planHistory(tx, organization.id),
      usageAgainstLimits(tx, organization),
      listImpersonationSessions(tx, organization.id),
    ]);
    return { organization, domains: domainRows, members, audit, planHistory: plans, usage, supportSessions };
  });
}

export type TenantDetail = Awaited<ReturnType<typeof getTenant>>;
