import type { TransactionSql } from 'postgres';
import type { Tx } from '@/db/client';

/**
 * The postgres-js client under a drizzle transaction, for hot paths written as hand-made SQL:
 * no query building per call, and `prepare: true` makes a statement the connection has seen
 * one round trip that pipelines behind the ones issued before it.
 */
export function txSql(tx: Tx): TransactionSql {
  return (tx as unknown as { session: { client: TransactionSql } }).session.client;
}
