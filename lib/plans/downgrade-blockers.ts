import 'server-only';
import { count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { domains } from '@/db/schema';
import { amountOf } from './enforce';
import { MODULE_LABELS, PLANS, RESOURCE_LABELS, withinLimit, type LimitedResource, type PlanKey } from './plans';
import { countAllUsage } from './usage';

/** What must go before an organization fits `plan`: one sentence per resource over its limit; empty when it fits. */
export async function downgradeBlockers(tx: Tx, orgId: string, plan: PlanKey): Promise<string[]> {
  const usage = await countAllUsage(tx, orgId);
  const blockers: string[] = [];
  for (const resource of Object.keys(usage) as LimitedResource[]) {
    const limit = PLANS[plan].limits[resource];
    if (!withinLimit(limit, usage[resource])) {
      const over = usage[resource] - limit!;
      blockers.push(`${PLANS[plan].name} allows ${amountOf(limit, resource)}; it has ${usage[resource]}: remove ${over} ${over === 1 ? RESOURCE_LABELS[resource].one : RESOURCE_LABELS[resource].short} first.`);
    }
  }
  if (!PLANS[plan].modules.customDomains) {
    const [row] = await tx.select({ n: count() }).from(domains).where(eq(domains.organizationId, orgId));
    if ((row?.n ?? 0) > 0) blockers.push(`${MODULE_LABELS.customDomains} are not in ${PLANS[plan].name}: remove its ${row!.n} custom domain${row!.n === 1 ? '' : 's'} first.`);
  }
  return blockers;
}
