import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import {
  auditFilterConditions,
  queryAuditLogs,
  type AuditLogPage,
  type PlatformAuditLogFilters,
} from './list-audit-logs';

/** Every organization's rows and the platform-level ones (organization null); dates in UTC. */
export async function listPlatformAuditLogs(ctx: AdminContext, filters: PlatformAuditLogFilters): Promise<AuditLogPage> {
  requirePlatformPermission(ctx, 'audit.view_platform');
  const where = auditFilterConditions(filters, 'UTC');
  if (filters.org) where.push(eq(organizations.slug, filters.org));
  return ctx.tx((tx) => queryAuditLogs(tx, where, { page: filters.page }));
}
