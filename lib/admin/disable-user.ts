import { and, eq } from 'drizzle-orm';
import { platformRoles, sessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { forbidden, invalid } from '@/lib/server/errors';
import { getUserById } from './internal';
import type { DisableUserInput } from './schemas';

/**
 * Blocks an account: sign-in refuses it and every open session ends now (the session rows
 * go, so the next request of each browser is signed out). An admin cannot lock themselves out,
 * and only a super admin can disable a super admin.
 */
export async function disableUser(ctx: AdminContext, input: DisableUserInput) {
  requirePlatformPermission(ctx, 'users.disable');
  if (input.userId === ctx.actor.userId) throw invalid('You cannot disable your own account.');
  return ctx.tx(async (tx) => {
    const before = await getUserById(tx, input.userId);
    const targetRoles = await tx.select({ role: platformRoles.role }).from(platformRoles).where(eq(platformRoles.userId, before.id));
    if (targetRoles.some((r) => r.role === 'super_admin') && !ctx.roles.includes('super_admin')) {
      throw forbidden('Only a super admin can disable a super admin.');
    }
    const [updated] = await tx
      .update(users)
      .set({ status: 'suspended', statusReason: input.reason })
      .where(and(eq(users.id, before.id), eq(users.status, 'active')))
      .returning({ status: users.status });
    if (!updated) return { changed: false, status: before.status, sessionsEnded: 0 };
    const ended = await tx.delete(sessions).where(eq(sessions.userId, before.id)).returning({ token: sessions.sessionToken });
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'user.disabled',
      entityType: 'user',
      entityId: before.id,
      oldValues: { status: before.status, statusReason: before.statusReason },
      newValues: { status: updated.status, statusReason: input.reason, sessionsEnded: ended.length },
      reason: input.reason,
    });
    return { changed: true, status: updated.status, sessionsEnded: ended.length };
  });
}
