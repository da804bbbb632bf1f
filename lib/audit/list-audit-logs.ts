import { containsPattern, escapeLike, paged, PageParam, pageWindow, type Paged } from '@/lib/server/list-query';
import { and, count, desc, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { auditLogs, organizations, users } from '@/db/schema';

/**
 * What the org and platform audit-log lists share: the filters (from the URL, so anything
 * malformed falls back to "no filter"), the row shape and the paged query.
 */
export const AUDIT_PAGE_SIZE = 25;

const isoDate = z.iso.date().optional().catch(undefined);

export const AuditLogFilters = z.object({
  /** Part of the actor's email. */
  actor: z.string().trim().max(200).catch(''),
  /** Start of the action name: `tenant.` or `tenant.suspended`. */
  action: z.string().trim().max(100).catch(''),
  from: isoDate,
  to: isoDate,
  page: PageParam,
});
export type AuditLogFilters = z.infer<typeof AuditLogFilters>;

export const PlatformAuditLogFilters = AuditLogFilters.extend({
  /** Organization slug; empty for all rows, platform-level ones included. */
  org: z.string().trim().toLowerCase().max(100).catch(''),
});
export type PlatformAuditLogFilters = z.infer<typeof PlatformAuditLogFilters>;


/** Conditions for actor, action and the date range; days are whole days in `timeZone`. */
export function auditFilterConditions(filters: AuditLogFilters, timeZone: string): SQL[] {
  const where: SQL[] = [];
  if (filters.actor) where.push(ilike(users.email, containsPattern(filters.actor)));
  if (filters.action) where.push(like(auditLogs.action, `${escapeLike(filters.action)}%`));
  if (filters.from) where.push(sql`${auditLogs.createdAt} >= (${filters.from}::date::timestamp at time zone ${timeZone})`);
  if (filters.to) where.push(sql`${auditLogs.createdAt} < ((${filters.to}::date + 1)::timestamp at time zone ${timeZone})`);
  return where;
}

export type AuditLogRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorType: 'user' | 'platform_admin' | 'system';
  actorEmail: string | null;
  actorName: string | null;
  organization: { id: string; name: string; slug: string } | null;
  oldValues: unknown;
  newValues: unknown;
  reason: string | null;
  ipAddress: string | null;
};

export type AuditLogPage = Paged<AuditLogRow>;

/** Newest first. The caller's transaction scope (org or platform) decides what can be seen at all. */
export async function queryAuditLogs(
  tx: Tx,
  where: SQL[],
  { page, pageSize = AUDIT_PAGE_SIZE }: { page: number; pageSize?: number },
): Promise<AuditLogPage> {
  const condition = and(...where);
  const [{ total } = { total: 0 }] = await tx
    .select({ total: count() })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorUserId))
    .leftJoin(organizations, eq(organizations.id, auditLogs.organizationId))
    .where(condition);
  const window = pageWindow(total, page, pageSize);
  const rows = await tx
    .select({
      id: auditLogs.id,
      createdAt: auditLogs.createdAt,
      action: auditLogs.action,
      entityType: auditLogs.entityType,
      entityId: auditLogs.entityId,
      actorType: auditLogs.actorType,
      actorEmail: users.email,
      actorName: users.name,
      orgId: organizations.id,
      orgName: organizations.name,
      orgSlug: organizations.slug,
      oldValues: auditLogs.oldValues,
      newValues: auditLogs.newValues,
      reason: auditLogs.reason,
      ipAddress: auditLogs.ipAddress,
    })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorUserId))
    .leftJoin(organizations, eq(organizations.id, auditLogs.organizationId))
    .where(condition)
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(pageSize)
    .offset(window.offset);
  const shaped = rows.map(({ orgId, orgName, orgSlug, ...row }) => ({
    ...row,
    organization: orgId && orgName && orgSlug ? { id: orgId, name: orgName, slug: orgSlug } : null,
  }));
  return paged(shaped, total, window.page, pageSize);
}
