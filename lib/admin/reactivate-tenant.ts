import { and, eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { getOrganizationById } from './internal';
import type { ReactivateTenantInput } from './schemas';

/** Brings a suspended tenant back online. Repeats are no-ops (only a suspended tenant changes). */
export async function reactivateTenant(ctx: AdminContext, input: ReactivateTenantInput) {
  requirePlatformPermission(ctx, 'tenants.suspend');
  return ctx.tx(async (tx) => {
    const before = await getOrganizationById(tx, input.organizationId);
    const [updated] = await tx
      .update(organizations)
      .set({ status: 'active', statusReason: input.reason, statusChangedAt: new Date() })
      .where(and(eq(organizations.id, before.id), eq(organizations.status, 'suspended')))
      .returning({ status: organizations.status });
    if (!updated) return { changed: false, status: before.status };
    await recordAudit(tx, ctx.actor, {
      organizationId: before.id,
      action: 'tenant.reactivated',
      entityType: 'organization',
      entityId: before.id,
      oldValues: { status: before.status, statusReason: before.statusReason },
      newValues: { status: updated.status, statusReason: input.reason },
      reason: input.reason,
    });
    return { changed: true, status: updated.status };
  });
}
