import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { downgradeBlockers } from '@/lib/plans/downgrade-blockers';
import { PLANS } from '@/lib/plans/plans';
import { setOrganizationPlan } from '@/lib/plans/set-organization-plan';
import { conflict } from '@/lib/server/errors';
import { getOrganizationById } from './internal';
import type { ChangeTenantPlanInput } from './schemas';

/** Moves a tenant to another plan; choosing the plan it already has changes nothing, and a plan it has outgrown is refused. */
export async function changeTenantPlan(ctx: AdminContext, input: ChangeTenantPlanInput) {
  requirePlatformPermission(ctx, 'tenants.change_plan');
  return ctx.tx(async (tx) => {
    const before = await getOrganizationById(tx, input.organizationId);
    // Moving below what the tenant uses would leave it over its limits: say what must go first.
    const blockers = before.plan === input.plan ? [] : await downgradeBlockers(tx, before.id, input.plan);
    if (blockers.length > 0) throw conflict(`${before.name} cannot move to ${PLANS[input.plan].name} yet. ${blockers.join(' ')}`, { plan: blockers });
    const changed = await setOrganizationPlan(tx, {
      organizationId: before.id,
      to: input.plan,
      source: 'admin',
      actorUserId: ctx.actor.userId,
      reason: input.reason || null,
    });
    if (!changed) return { changed: false, plan: before.plan };
    await recordAudit(tx, ctx.actor, {
      organizationId: before.id,
      action: 'tenant.plan_changed',
      entityType: 'organization',
      entityId: before.id,
      oldValues: { plan: before.plan },
      newValues: { plan: input.plan },
      reason: input.reason || null,
    });
    return { changed: true, plan: input.plan };
  });
}
