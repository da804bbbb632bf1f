import { and, eq, gt, isNull, ne, or } from 'drizzle-orm';
import { platformRoles, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { conflict, forbidden, notFound } from '@/lib/server/errors';
import { SUPER_ADMIN_ONLY } from './grant-platform-role';
import { RevokePlatformRoleInput } from './schemas';

export const OWN_LAST_ROLE = 'You cannot revoke your own last role: ask another admin, so the back office is never left without you by accident.';

/** Takes a platform role away (the row goes; the audit row keeps who had it and since when). */
export async function revokePlatformRole(ctx: AdminContext, raw: RevokePlatformRoleInput) {
  requirePlatformPermission(ctx, 'admins.manage');
  const input = RevokePlatformRoleInput.parse(raw);
  return ctx.tx(async (tx) => {
    const [grant] = await tx
      .select({ row: platformRoles, email: users.email })
      .from(platformRoles)
      .innerJoin(users, eq(users.id, platformRoles.userId))
      .where(eq(platformRoles.id, input.grantId))
      .for('update', { of: platformRoles });
    if (!grant) throw notFound('Role grant');
    const { row } = grant;
    if (row.role === 'super_admin' && !ctx.roles.includes('super_admin')) throw forbidden(SUPER_ADMIN_ONLY);
    if (row.userId === ctx.actor.userId) {
      const others = await tx
        .select({ id: platformRoles.id })
        .from(platformRoles)
        .where(and(eq(platformRoles.userId, row.userId), ne(platformRoles.id, row.id), or(isNull(platformRoles.expiresAt), gt(platformRoles.expiresAt, new Date()))));
      if (others.length === 0) throw conflict(OWN_LAST_ROLE);
    }
    await tx.delete(platformRoles).where(eq(platformRoles.id, row.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'platform_role.revoked',
      entityType: 'platform_role',
      entityId: row.id,
      oldValues: { userId: row.userId, email: grant.email, role: row.role, grantedBy: row.grantedBy, grantedAt: row.grantedAt.toISOString(), expiresAt: row.expiresAt?.toISOString() ?? null },
    });
    return { id: row.id, email: grant.email, role: row.role };
  });
}
