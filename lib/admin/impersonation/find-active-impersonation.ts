import 'server-only';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { impersonationSessions, organizations, type Organization } from '@/db/schema';
import { platformCan, type PlatformRole } from '@/lib/server/permissions';
import type { IMPERSONATION_MODES } from '@/db/schema/values';

export type ImpersonationMode = (typeof IMPERSONATION_MODES)[number];
export type ActiveImpersonation = { id: string; mode: ImpersonationMode; reason: string; expiresAt: Date };

/**
 * The admin's open, unexpired support session in the organization with this slug, if they still
 * hold the right to impersonate (a revoked role ends it at once). One of the few named uses of
 * the platform scope: the admin is not a member, so no tenant scope can see the organization.
 */
export async function findActiveImpersonation(
  userId: string,
  orgSlug: string,
  grants: { role: PlatformRole; permissions: string[] }[],
): Promise<{ org: Organization; session: ActiveImpersonation } | null> {
  const roles = grants.map((g) => g.role);
  const extra = grants.flatMap((g) => g.permissions);
  if (!platformCan(roles, 'tenants.impersonate', extra)) return null;
  const [row] = await withPlatform((tx) =>
    tx
      .select({ org: organizations, session: impersonationSessions })
      .from(impersonationSessions)
      .innerJoin(organizations, eq(organizations.id, impersonationSessions.organizationId))
      .where(
        and(
          eq(impersonationSessions.adminUserId, userId),
          eq(organizations.slug, orgSlug),
          isNull(organizations.deletedAt),
          isNull(impersonationSessions.endedAt),
          gt(impersonationSessions.expiresAt, new Date()),
        ),
      )
      .orderBy(desc(impersonationSessions.startedAt))
      .limit(1),
  );
  if (!row) return null;
  // Writes need the write grant now, not only when the session was opened.
  const mode = row.session.mode === 'read_write' && platformCan(roles, 'tenants.impersonate_write', extra) ? 'read_write' : 'read_only';
  return { org: row.org, session: { id: row.session.id, mode, reason: row.session.reason, expiresAt: row.session.expiresAt } };
}
