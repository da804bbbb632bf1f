import { and, eq, ne } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { getOrganizationById } from './internal';
import type { ChangeTenantPlanInput } from './schemas';

/** Moves a tenant to another plan; choosing the plan it already has changes nothing. */
export async function changeTenantPlan(ctx: AdminContext, input: ChangeTenantPlanInput) {
  requirePlatformPermission(ctx, 'tenants.change_plan');
  return ctx.tx(async (tx) => {
    const before = await getOrganizationById(tx, input.organizationId);
    const [updated] = await tx
      .update(organizations)
      .set({ plan: input.plan })
      .where(and(eq(organizations.id, before.id), ne(organizations.plan, input.plan)))
      .returning({ plan: organizations.plan });
    if (!updated) return { changed: false, plan: before.plan };
    await recordAudit(tx, ctx.actor, {
      organizationId: before.id,
      action: 'tenant.plan_changed',
      entityType: 'organization',
      entityId: before.id,
      oldValues: { plan: before.plan },
      newValues: { plan: updated.plan },
      reason: input.reason || null,
    });
    return { changed: true, plan: updated.plan };
  });
}
