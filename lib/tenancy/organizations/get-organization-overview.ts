import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { auditLogs, domains, invitations, memberships } from '@/db/schema';
import { queryAuditLogs } from '@/lib/audit/list-audit-logs';
import { requirePermission, type OrgContext } from '@/lib/server/context';

/** The dashboard overview: real counts of this organization's team, invitations and domains, and (for roles that may read the audit log) its latest activity. */
export async function getOrganizationOverview(ctx: OrgContext) {
  requirePermission(ctx, 'org.view');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const [team] = await tx.select({ n: count() }).from(memberships).where(eq(memberships.organizationId, orgId));
    const [owners] = await tx
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.organizationId, orgId), eq(memberships.role, 'owner')));
    const [pending] = await tx
      .select({ n: count() })
      .from(invitations)
      .where(
        and(
          eq(invitations.organizationId, orgId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      );
    const [domainCount] = await tx.select({ n: count() }).from(domains).where(eq(domains.organizationId, orgId));
    // Who did what is the audit log's business: roles without audit.view get counts only.
    const recent = ctx.can('audit.view') ? await queryAuditLogs(tx, [eq(auditLogs.organizationId, orgId)], { page: 1, pageSize: 5 }) : null;
    return {
      teamSize: team?.n ?? 0,
      ownerCount: owners?.n ?? 0,
      pendingInvitations: pending?.n ?? 0,
      customDomains: domainCount?.n ?? 0,
      recentActivity: recent?.rows ?? null,
    };
  });
}
