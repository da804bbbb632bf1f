import { eq } from 'drizzle-orm';
import { auditLogs } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { auditFilterConditions, queryAuditLogs, type AuditLogFilters, type AuditLogPage } from './list-audit-logs';

/** The organization's own audit trail; dates are read in the organization's time zone. */
export async function listOrgAuditLogs(ctx: OrgContext, filters: AuditLogFilters): Promise<AuditLogPage> {
  requirePermission(ctx, 'audit.view');
  const where = [eq(auditLogs.organizationId, ctx.org.id), ...auditFilterConditions(filters, ctx.org.timezone)];
  return ctx.tx((tx) => queryAuditLogs(tx, where, { page: filters.page }));
}
