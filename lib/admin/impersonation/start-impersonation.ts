import { and, eq, isNull } from 'drizzle-orm';
import { impersonationSessions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { getOrganizationById } from '../internal';
import { StartImpersonationInput } from './schemas';

/**
 * Opens a time-limited support session in one organization's dashboard (read-only unless the
 * admin may write and asks to). Any session this admin still has open there ends first, so
 * there is never more than one. The caller then sends the admin to /dashboard/<slug>.
 */
export async function startImpersonation(ctx: AdminContext, raw: StartImpersonationInput) {
  requirePlatformPermission(ctx, 'tenants.impersonate');
  const input = StartImpersonationInput.parse(raw);
  if (input.mode === 'read_write') requirePlatformPermission(ctx, 'tenants.impersonate_write');
  return ctx.tx(async (tx) => {
    const org = await getOrganizationById(tx, input.organizationId);
    if (org.deletedAt) throw notFound('Organization');
    const now = new Date();
    const replaced = await tx
      .update(impersonationSessions)
      .set({ endedAt: now })
      .where(and(eq(impersonationSessions.adminUserId, ctx.actor.userId), eq(impersonationSessions.organizationId, org.id), isNull(impersonationSessions.endedAt)))
      .returning({ id: impersonationSessions.id });
    const expiresAt = new Date(now.getTime() + input.minutes * 60_000);
    const [session] = await tx
      .insert(impersonationSessions)
      .values({ adminUserId: ctx.actor.userId, organizationId: org.id, mode: input.mode, reason: input.reason, startedAt: now, expiresAt })
      .returning();
    await recordAudit(tx, ctx.actor, {
      organizationId: org.id,
      action: 'tenant.impersonation_started',
      entityType: 'impersonation_session',
      entityId: session!.id,
      newValues: { mode: input.mode, minutes: input.minutes, expiresAt: expiresAt.toISOString(), replacedSessionIds: replaced.map((r) => r.id) },
      reason: input.reason,
    });
    return { sessionId: session!.id, slug: org.slug, mode: input.mode, expiresAt };
  });
}
