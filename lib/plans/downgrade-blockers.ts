import 'server-only';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { domains, invitations, memberships } from '@/db/schema';
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
  if (!PLANS[plan].modules.marketplace) {
    const sellers = await countSellers(tx, orgId);
    if (sellers.members + sellers.invited > 0) {
      const parts = [
        sellers.members > 0 && `its ${sellers.members} seller${sellers.members === 1 ? '' : 's'}`,
        sellers.invited > 0 && `${sellers.invited} open seller invitation${sellers.invited === 1 ? '' : 's'}`,
      ].filter(Boolean);
      blockers.push(`${MODULE_LABELS.marketplace} are not in ${PLANS[plan].name}: remove ${parts.join(' and ')} first.`);
    }
  }
  return blockers;
}

/** Members with the seller role, and open invitations that would make more. */
async function countSellers(tx: Tx, orgId: string) {
  const one = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const [members, invited] = await Promise.all([
    one(tx.select({ n: count() }).from(memberships).where(and(eq(memberships.organizationId, orgId), eq(memberships.role, 'seller')))),
    one(
      tx
        .select({ n: count() })
        .from(invitations)
        .where(and(eq(invitations.organizationId, orgId), eq(invitations.role, 'seller'), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date()))),
    ),
  ]);
  return { members, invited };
}
