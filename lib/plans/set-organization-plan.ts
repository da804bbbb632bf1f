import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { organizations, planChanges } from '@/db/schema';
import type { PLAN_CHANGE_SOURCES } from '@/db/schema/values';
import type { PlanKey } from './plans';

export type PlanChangeSource = (typeof PLAN_CHANGE_SOURCES)[number];

/**
 * The one write of organizations.plan: moves the organization to `to` and records the change in
 * plan_changes, in the caller's transaction. Returns the plan before, or null when it already had
 * `to` (nothing written). Limits are the caller's business: the back office refuses a plan the
 * tenant has outgrown; billing cannot refuse, so a lapsed subscription may leave a tenant over.
 */
export async function setOrganizationPlan(
  tx: Tx,
  change: { organizationId: string; to: PlanKey; source: PlanChangeSource; actorUserId?: string | null; reason?: string | null },
): Promise<{ from: PlanKey } | null> {
  const [before] = await tx.select({ plan: organizations.plan }).from(organizations).where(eq(organizations.id, change.organizationId)).for('update');
  if (!before) throw new Error(`No organization ${change.organizationId}`);
  const [updated] = await tx
    .update(organizations)
    .set({ plan: change.to })
    .where(and(eq(organizations.id, change.organizationId), ne(organizations.plan, change.to)))
    .returning({ id: organizations.id });
  if (!updated) return null;
  await tx.insert(planChanges).values({
    organizationId: change.organizationId,
    fromPlan: before.plan,
    toPlan: change.to,
    source: change.source,
    actorUserId: change.actorUserId ?? null,
    reason: change.reason ?? null,
  });
  return { from: before.plan };
}
