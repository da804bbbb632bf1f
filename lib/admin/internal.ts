import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { notFound } from '@/lib/server/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';

export const PAGE_SIZE = 25;

export async function getOrganizationById(tx: Tx, id: string) {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, id));
  if (!org) throw notFound('Organization');
  return org;
}

export async function getUserById(tx: Tx, id: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, id));
  if (!user) throw notFound('User');
  return user;
}

type StatusChange = {
  from: 'active' | 'suspended';
  to: 'active' | 'suspended';
  action: 'tenant.suspended' | 'tenant.reactivated';
};

/**
 * Moves a tenant between active and suspended with its reason, and the audit row, in one
 * transaction. Conditional on the current status, so a repeat (double click, retry) writes nothing.
 */
export async function changeTenantStatus(ctx: AdminContext, input: { organizationId: string; reason: string }, change: StatusChange) {
  requirePlatformPermission(ctx, 'tenants.suspend');
  return ctx.tx(async (tx) => {
    const before = await getOrganizationById(tx, input.organizationId);
    const [updated] = await tx
      .update(organizations)
      .set({ status: change.to, statusReason: input.reason, statusChangedAt: new Date() })
      .where(and(eq(organizations.id, before.id), eq(organizations.status, change.from)))
      .returning({ status: organizations.status });
    if (!updated) return { changed: false, status: before.status };
    await recordAudit(tx, ctx.actor, {
      organizationId: before.id,
      action: change.action,
      entityType: 'organization',
      entityId: before.id,
      oldValues: { status: before.status, statusReason: before.statusReason },
      newValues: { status: updated.status, statusReason: input.reason },
      reason: input.reason,
    });
    return { changed: true, status: updated.status };
  });
}
