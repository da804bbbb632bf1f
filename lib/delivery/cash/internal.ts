import 'server-only';
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { courierCashHandins, deliveries } from '@/db/schema';

/**
 * Per courier of the organization (only `courierIds` when given): deliveries done, open ones,
 * cash collected (COD amount of delivered deliveries) and cash handed in. Subqueries to join on
 * `courierId`; absent couriers have none of either, so read the columns through coalesce.
 */
export function courierTotals(tx: Tx, orgId: string, courierIds?: readonly string[]) {
  const deliveryWhere: SQL[] = [eq(deliveries.organizationId, orgId), isNotNull(deliveries.courierId)];
  const handinWhere: SQL[] = [eq(courierCashHandins.organizationId, orgId)];
  if (courierIds) {
    deliveryWhere.push(inArray(deliveries.courierId, [...courierIds]));
    handinWhere.push(inArray(courierCashHandins.courierId, [...courierIds]));
  }
  const work = tx
    .select({
      courierId: sql<string>`${deliveries.courierId}`.as('work_courier_id'),
      done: sql<number>`count(*) filter (where ${deliveries.status} = 'delivered')`.as('done'),
      open: sql<number>`count(*) filter (where ${deliveries.status} in ('pending', 'processing', 'dispatched'))`.as('open'),
      collected: sql<number>`coalesce(sum(${deliveries.codAmount}) filter (where ${deliveries.status} = 'delivered'), 0)`.as('collected'),
    })
    .from(deliveries)
    .where(and(...deliveryWhere))
    .groupBy(deliveries.courierId)
    .as('work');
  const handins = tx
    .select({
      courierId: sql<string>`${courierCashHandins.courierId}`.as('handin_courier_id'),
      handedIn: sql<number>`sum(${courierCashHandins.amount})`.as('handed_in'),
    })
    .from(courierCashHandins)
    .where(and(...handinWhere))
    .groupBy(courierCashHandins.courierId)
    .as('handins');
  return {
    work,
    handins,
    /** Columns for the outer select (bigint sums arrive as text: mapped to numbers). */
    columns: {
      deliveriesDone: sql<number>`coalesce(${work.done}, 0)`.mapWith(Number),
      openDeliveries: sql<number>`coalesce(${work.open}, 0)`.mapWith(Number),
      cashCollected: sql<number>`coalesce(${work.collected}, 0)`.mapWith(Number),
      cashHandedIn: sql<number>`coalesce(${handins.handedIn}, 0)`.mapWith(Number),
      cashBalance: sql<number>`coalesce(${work.collected}, 0) - coalesce(${handins.handedIn}, 0)`.mapWith(Number),
    },
  };
}

/** What a courier holds now: collected on delivered COD deliveries minus handed in. */
export async function cashBalanceOf(tx: Tx, orgId: string, courierId: string): Promise<{ collected: number; handedIn: number; balance: number }> {
  const [row] = await tx.execute<{ collected: string; handed_in: string }>(sql`
    select
      (select coalesce(sum(${deliveries.codAmount}), 0) from ${deliveries}
        where ${deliveries.organizationId} = ${orgId} and ${deliveries.courierId} = ${courierId} and ${deliveries.status} = 'delivered') as collected,
      (select coalesce(sum(${courierCashHandins.amount}), 0) from ${courierCashHandins}
        where ${courierCashHandins.organizationId} = ${orgId} and ${courierCashHandins.courierId} = ${courierId}) as handed_in`);
  const collected = Number(row!.collected);
  const handedIn = Number(row!.handed_in);
  return { collected, handedIn, balance: collected - handedIn };
}
