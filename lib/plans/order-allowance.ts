import 'server-only';
import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders } from '@/db/schema';
import { planLimit } from '@/lib/server/errors';
import { lockPlanCounter } from './internal';
import { PLANS, type PlanKey } from './plans';

/** What the shopper reads when the store has used its plan's orders for the month: nothing of plans or upgrades. */
export const ORDER_LIMIT_MESSAGE = "This store can't take new orders right now. Please try again later, or contact the store directly.";

type OrderAllowanceOrg = { id: string; plan: PlanKey; timezone: string };

/** The start of the calendar month `now` is in, in the store's time zone (as the database computes it). */
const monthStart = (now: Date, timezone: string) => sql`(date_trunc('month', ${now.toISOString()}::timestamptz at time zone ${timezone}) at time zone ${timezone})`;

/** Orders the organization took since the start of this month in its time zone (every status: each was taken). */
export async function countOrdersThisMonth(tx: Tx, org: Pick<OrderAllowanceOrg, 'id' | 'timezone'>, now = new Date()): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.organizationId, org.id), gte(orders.createdAt, monthStart(now, org.timezone))));
  return row?.n ?? 0;
}

/**
 * Refuses an order once the organization has taken its plan's orders for the month. Checkouts
 * of one organization queue on a transaction-scoped advisory lock held until their commit, so
 * parallel checkouts cannot together pass the limit. Unlimited plans return at once: no lock,
 * no count (the checkout's speed is theirs).
 */
export async function assertOrderAllowance(tx: Tx, org: OrderAllowanceOrg, now = new Date()): Promise<void> {
  const limit = PLANS[org.plan].ordersPerMonth;
  if (limit === null) return;
  await lockPlanCounter(tx, org.id, 'orders');
  if ((await countOrdersThisMonth(tx, org, now)) >= limit) throw planLimit(ORDER_LIMIT_MESSAGE);
}
