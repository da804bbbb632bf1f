import { and, eq, sql } from 'drizzle-orm';
import { platformRoles, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { conflict, forbidden, invalid, notFound } from '@/lib/server/errors';
import { GrantPlatformRoleInput } from './schemas';

export const SUPER_ADMIN_ONLY = 'Only a super admin may grant or revoke the super admin role.';

/** The first instant after the last day (UTC) a role works. */
function endOfDay(day: string) {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() + 24 * 60 * 60 * 1000);
}

/**
 * Gives an existing account a platform role, optionally until a date. A grant that expired is
 * renewed in place (one row per user and role); an active one is a conflict.
 */
export async function grantPlatformRole(ctx: AdminContext, raw: GrantPlatformRoleInput) {
  requirePlatformPermission(ctx, 'admins.manage');
  const input = GrantPlatformRoleInput.parse(raw);
  if (input.role === 'super_admin' && !ctx.roles.includes('super_admin')) throw forbidden(SUPER_ADMIN_ONLY);
  const expiresAt = input.expiresOn ? endOfDay(input.expiresOn) : null;
  if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt <= new Date())) {
    throw invalid('The end date must be today or later.', { expiresOn: ['The end date must be today or later.'] });
  }
  return ctx.tx(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(sql`lower(${users.email})`, input.email));
    if (!user) throw notFound('An account with that email');
    const [existing] = await tx
      .select()
      .from(platformRoles)
      .where(and(eq(platformRoles.userId, user.id), eq(platformRoles.role, input.role)))
      .for('update');
    if (existing && (!existing.expiresAt || existing.expiresAt > new Date())) {
      throw conflict(`${user.email} already has this role.`, { role: ['Already granted.'] });
    }
    const values = { grantedBy: ctx.actor.userId, grantedAt: new Date(), expiresAt };
    const [grant] = existing
      ? await tx.update(platformRoles).set(values).where(eq(platformRoles.id, existing.id)).returning()
      : await tx.insert(platformRoles).values({ userId: user.id, role: input.role, ...values }).returning();
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'platform_role.granted',
      entityType: 'platform_role',
      entityId: grant!.id,
      oldValues: existing ? { expiresAt: existing.expiresAt?.toISOString() ?? null } : null,
      newValues: { userId: user.id, email: user.email, role: input.role, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { id: grant!.id, email: user.email, role: input.role, expiresAt };
  });
}
