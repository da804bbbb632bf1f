import { asc, eq } from 'drizzle-orm';
import { auditLogs, domains, memberships, users } from '@/db/schema';
import { queryAuditLogs } from '@/lib/audit/list-audit-logs';
import { planHistoryQuery } from '@/lib/plans/plan-history';
import { planUsage } from '@/lib/plans/plan-usage';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { listImpersonationSessions } from './impersonation/list-impersonation-sessions';
import { getOrganizationById } from './internal';

const RECENT_AUDIT_ROWS = 10;
const RECENT_PLAN_CHANGES = 20;
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
      planHistoryQuery(tx, organization.id).limit(RECENT_PLAN_CHANGES),
      planUsage(tx, organization, organization.plan).then((u) => [...u.usage, { resource: 'ordersThisMonth' as const, ...u.orders }]),
      listImpersonationSessions(tx, organization.id),
    ]);
    return { organization, domains: domainRows, members, audit, planHistory: plans, usage, supportSessions };
  });
}

export type TenantDetail = Awaited<ReturnType<typeof getTenant>>;
