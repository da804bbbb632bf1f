import { and, eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { getOrganizationById } from './internal';
import type { SuspendTenantInput } from './schemas';

/**
 * Takes an active tenant offline: its storefront says it is unavailable. Only an active
 * tenant changes, so a repeated request (double click, retry) writes nothing more.
 */
export async function suspendTenant(ctx: AdminContext, input: SuspendTenantInput) {
  requirePlatformPermission(ctx, 'tenants.suspend');
  return ctx.tx(async (tx) => {
    const before = await getOrganizationById(tx, input.organizationId);
    const [updated] = await tx
      .update(organizations)
      .set({ status: 'suspended', statusReason: input.reason, statusChangedAt: new Date() })
      .where(and(eq(organizations.id, before.id), eq(organizations.status, 'active')))
      .returning({ status: organizations.status });
    if (!updated) return { changed: false, status: before.status };
    await recordAudit(tx, ctx.actor, {
      organizationId: before.id,
      action: 'tenant.suspended',
      entityType: 'organization',
      entityId: before.id,
      oldValues: { status: before.status, statusReason: before.statusReason },
      newValues: { status: updated.status, statusReason: input.reason },
      reason: input.reason,
    });
    return { changed: true, status: updated.status };
  });
}
