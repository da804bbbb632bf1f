import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { READABLE_ALPHABET, readableCode } from '@/lib/ids';
import { txSql } from '@/lib/inventory/reservations/tx-sql';
import { prepared } from './prepared';

/** 31^6 ≈ 887 million numbers per organization. */
export const ORDER_NUMBER_ALPHABET = READABLE_ALPHABET;
export const ORDER_NUMBER_LENGTH = 6;
const MAX_ATTEMPTS = 10;

/** Six characters, each drawn uniformly with crypto randomness. */
export function generateOrderNumber(): string {
  return readableCode(ORDER_NUMBER_LENGTH);
}

/**
 * Inserts the order under a fresh number, unique per organization: ON CONFLICT DO NOTHING on
 * (organization_id, number) leaves the transaction usable when the number is taken (also by
 * a parallel checkout that has not committed yet: Postgres waits for it), so we draw again.
 */
export async function insertOrderWithNumber(
  tx: Tx,
  values: Omit<typeof orders.$inferInsert, 'number'>,
  generate: () => string = generateOrderNumber,
): Promise<Order> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const order = await tryInsertOrder(tx, values, generate());
    if (order) return order;
  }
  throw new Error(`No free order number after ${MAX_ATTEMPTS} attempts`);
}

/** One attempt under this number: the order, or undefined when the number is taken. Sent at once. */
export async function tryInsertOrder(tx: Tx, values: Omit<typeof orders.$inferInsert, 'number'>, number: string): Promise<Order | undefined> {
  const [order] = await prepared(tx.insert(orders).values({ ...values, number }).onConflictDoNothing({ target: [orders.organizationId, orders.number] }).returning());
  return order;
}

/**
 * One attempt under this number, sent at once in issue order with what is issued after it
 * (drizzle sends a few microtasks late): resolves whether the row went in.
 */
export function sendOrderInsert(tx: Tx, values: Omit<typeof orders.$inferInsert, 'number'>, number: string): Promise<boolean> {
  const query = tx.insert(orders).values({ ...values, number }).onConflictDoNothing({ target: [orders.organizationId, orders.number] }).returning({ id: orders.id }).toSQL();
  return txSql(tx)
    .unsafe(query.sql, query.params as never[], { prepare: true })
    .execute()
    .then((rows) => rows.length > 0);
}

export async function readOrder(tx: Tx, orgId: string, orderId: string): Promise<Order | undefined> {
  const [order] = await prepared(tx.select().from(orders).where(and(eq(orders.organizationId, orgId), eq(orders.id, orderId))));
  return order;
}
