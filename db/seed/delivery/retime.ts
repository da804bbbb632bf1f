import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../client';

/**
 * The verbs stamp what they write with the current time; a story step that happened `at` some
 * hours ago gets its time back here. Run right after each step, in the step's transaction: what
 * this transaction wrote carries its start time (now()) or a later clock reading, what earlier
 * steps wrote is already in the past and is left alone.
 */
const FRESH = sql`now() - interval '5 seconds'`;

function restamp(column: string, at: SQL): SQL {
  const c = sql.identifier(column);
  return sql`${c} = case when ${c} >= ${FRESH} then ${at} else ${c} end`;
}

const list = (parts: SQL[]) => sql.join(parts, sql`, `);

export async function backdate(tx: Tx, orgId: string, order: { id: string; number: string }, when: Date) {
  const at = sql`${when.toISOString()}::timestamptz`;
  const ofOrder = sql`organization_id = ${orgId} and order_id = ${order.id}`;
  await tx.execute(sql`
    update deliveries set
      estimated_delivery_at = case when created_at >= ${FRESH} then estimated_delivery_at - (created_at - ${at}) else estimated_delivery_at end,
      ${list(['created_at', 'assigned_at', 'started_at', 'dispatched_at', 'delivered_at', 'returned_at', 'cancelled_at', 'otp_sent_at', 'otp_verified_at', 'updated_at'].map((c) => restamp(c, at)))}
    where ${ofOrder}`);
  await tx.execute(sql`
    update delivery_status_history set created_at = ${at}
    where organization_id = ${orgId} and created_at >= ${FRESH}
      and delivery_id in (select id from deliveries where ${ofOrder})`);
  await tx.execute(sql`update order_status_history set created_at = ${at} where ${ofOrder} and created_at >= ${FRESH}`);
  await tx.execute(sql`update orders set ${list(['confirmed_at', 'delivered_at', 'cancelled_at', 'updated_at'].map((c) => restamp(c, at)))} where organization_id = ${orgId} and id = ${order.id}`);
  await tx.execute(sql`update payments set ${list(['processed_at', 'updated_at'].map((c) => restamp(c, at)))} where ${ofOrder}`);
  await tx.execute(sql`update stock_reservations set ${list(['created_at', 'updated_at'].map((c) => restamp(c, at)))} where ${ofOrder}`);
  await tx.execute(sql`
    update inventory_movements set created_at = ${at}
    where organization_id = ${orgId} and reference = ${`Order ${order.number}`} and created_at >= ${FRESH}`);
}
