import { and, count, desc, eq, gt, isNull } from 'drizzle-orm';
import { auditLogs, domains, invitations, memberships, users } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';

/** The dashboard overview: real counts of this organization's team, invitations and domains, and its latest activity. */
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
    const recentActivity = await tx
      .select({
        id: auditLogs.id,
        action: auditLogs.action,
        entityType: auditLogs.entityType,
        actorType: auditLogs.actorType,
        oldValues: auditLogs.oldValues,
        newValues: auditLogs.newValues,
        actorName: users.name,
        actorEmail: users.email,
        createdAt: auditLogs.createdAt,
      })
      .from(auditLogs)
      .leftJoin(users, eq(users.id, auditLogs.actorUserId))
      .where(eq(auditLogs.organizationId, orgId))
      .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
      .limit(5);
    return {
      teamSize: team?.n ?? 0,
      ownerCount: owners?.n ?? 0,
      pendingInvitations: pending?.n ?? 0,
      customDomains: domainCount?.n ?? 0,
      recentActivity,
    };
  });
}
