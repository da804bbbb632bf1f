import 'server-only';
import type { Tx } from '@/db/client';
import { planLimit } from '@/lib/server/errors';
import { planAllowing, planWithModule, PLANS, RESOURCE_LABELS, type LimitedResource, type PlanModule } from './plans';
import { currentPlan } from './current-plan';
import { lockPlanCounter } from './internal';
import { countUsage } from './usage';

/** "1 warehouse", "500 products", "unlimited products". */
export const amountOf = (n: number | null, resource: LimitedResource) =>
  n === null ? `unlimited ${RESOURCE_LABELS[resource].many}` : `${n.toLocaleString('en-US')} ${n === 1 ? RESOURCE_LABELS[resource].one : RESOURCE_LABELS[resource].many}`;

/**
 * Refuses `adding` more of a resource when the plan's limit would be passed. Parallel adds in one
 * organization queue on a transaction-scoped advisory lock, so two cannot both take the last
 * place; the lock is held until the caller's transaction ends, after its insert.
 */
export async function assertWithinPlan(tx: Tx, orgId: string, resource: LimitedResource, adding = 1): Promise<void> {
  const plan = await currentPlan(tx, orgId);
  const limit = PLANS[plan].limits[resource];
  if (limit === null) return;
  await lockPlanCounter(tx, orgId, resource);
  const used = await countUsage(tx, orgId, resource);
  if (used + adding <= limit) return;
  const upgrade = planAllowing(plan, resource, used + adding);
  throw planLimit(
    `The ${PLANS[plan].name} plan allows ${amountOf(limit, resource)} and you have ${used.toLocaleString('en-US')}. ` +
      (upgrade ? `Upgrade to ${PLANS[upgrade].name} for ${amountOf(PLANS[upgrade].limits[resource], resource)}.` : 'Remove some first.'),
  );
}

/** Refuses what needs a module the plan does not include. */
export async function assertPlanModule(tx: Tx, orgId: string, module: PlanModule, what: string): Promise<void> {
  const plan = await currentPlan(tx, orgId);
  if (PLANS[plan].modules[module]) return;
  const upgrade = planWithModule(plan, module);
  throw planLimit(`${what} ${upgrade ? `needs the ${PLANS[upgrade].name} plan or above` : 'is not available'}; this organization is on ${PLANS[plan].name}.`);
}
