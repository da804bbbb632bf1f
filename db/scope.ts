import { sql } from 'drizzle-orm';
import { PostgresJsSession, PostgresJsTransaction } from 'drizzle-orm/postgres-js/session';
import type { ReservedSql, TransactionSql } from 'postgres';
import { db, type Tx } from './client';

/**
 * What row-level security lets a transaction see. Set with set_config(..., true), so it
 * lasts for this transaction only and a pooled connection goes back to seeing nothing.
 */
type Scope = { orgId?: string; userId?: string; platform?: boolean; readOnly?: boolean };

async function inScope<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // A prepared statement: one round trip instead of parse + bind for every transaction.
    await tx
      .select({
        org: sql`set_config('app.org_id', ${scope.orgId ?? ''}, true)`,
        user: sql`set_config('app.user_id', ${scope.userId ?? ''}, true)`,
        platform: sql`set_config('app.platform', ${scope.platform ? 'on' : ''}, true)`,
      })
      .from(sql`(select 1) as scope`)
      .prepare('scope')
      .execute();
    return fn(tx);
  }, scope.readOnly ? { accessMode: 'read only' } : undefined);
}

/**
 * Tenant rows of one organization. Called by OrgContext / StorefrontContext, not by pages.
 * `readOnly` makes Postgres refuse every write (a read-only support session).
 */
export function withOrg<T>(orgId: string, fn: (tx: Tx) => Promise<T>, userId?: string, options: { readOnly?: boolean } = {}): Promise<T> {
  if (!orgId) throw new Error('withOrg needs an organization id');
  return inScope({ orgId, userId, readOnly: options.readOnly }, fn);
}

const SCOPE_ORG = `select set_config('app.org_id', $1, true), set_config('app.user_id', '', true), set_config('app.platform', '', true)`;

/** A drizzle transaction object over a connection whose BEGIN and COMMIT we send ourselves. */
function transactionOn(connection: ReservedSql): Tx {
  type SessionArgs = ConstructorParameters<typeof PostgresJsSession>;
  const { dialect, schema, options } = (db as unknown as { session: { dialect: SessionArgs[1]; schema: SessionArgs[2]; options: SessionArgs[3] } }).session;
  // A nested transaction (savepoint) is not needed on this path; drizzle types the client as one that has it.
  const session = new PostgresJsSession(connection, dialect, schema, options);
  const Transaction = PostgresJsTransaction as unknown as new (...args: [typeof dialect, typeof session, typeof schema]) => Tx;
  return new Transaction(dialect, session, schema);
}

/**
 * withOrg for a transaction that must not wait on Node between its last write and its commit:
 * on a connection of its own, BEGIN and COMMIT are sent by us and pipeline with the statements
 * beside them. A checkout's last write locks a product's stock; with postgres-js's own
 * transaction the COMMIT leaves only once Node has read that write's result, and under load
 * that trip is most of the time every other checkout of the product waits.
 *
 * `commit()` sends COMMIT behind every statement issued before it (it waits one macrotask, so
 * that drizzle's queries, handed to the driver a few microtasks after they are built, go
 * first) and resolves true when Postgres committed, false when it rolled back because a
 * statement before it failed. Nothing may be issued after it. Without a commit, or when `fn`
 * throws, the transaction is rolled back; either way the connection goes back to the pool.
 */
export async function withOrgPipelined<T>(orgId: string, fn: (tx: Tx, commit: () => Promise<boolean>) => Promise<T>): Promise<T> {
  if (!orgId) throw new Error('withOrgPipelined needs an organization id');
  const connection = await db.$client.reserve();
  let commitSent = false;
  try {
    // Sent now; their answers are read with the first statements of `fn`, in one round trip.
    const began = Promise.all([connection.unsafe('begin').execute(), connection.unsafe(SCOPE_ORG, [orgId], { prepare: true }).execute()]);
    began.catch(() => {});
    const commit = async () => {
      commitSent = true;
      await new Promise((resolve) => setImmediate(resolve));
      const result = await connection.unsafe('commit');
      return result.command === 'COMMIT';
    };
    const result = await fn(transactionOn(connection), commit);
    await began;
    if (!commitSent) await connection.unsafe('rollback');
    return result;
  } catch (error) {
    // After a failed statement Postgres has rolled back at our COMMIT; otherwise end it here.
    await connection.unsafe('rollback').catch(() => {});
    throw error;
  } finally {
    connection.release();
  }
}

/** A signed-in user's own rows across organizations: their memberships, addresses. */
export function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!userId) throw new Error('withUser needs a user id');
  return inScope({ userId }, fn);
}

/**
 * Every tenant's rows. Only for the back office (after adminContext), for resolving a
 * storefront host, and for system flows that start before any tenant is known (sign-in,
 * invitation lookup by token, onboarding). Keep callers few and named.
 */
export function withPlatform<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inScope({ platform: true }, fn);
}

/** Global (non-tenant) tables only: users, sessions, tokens, rate limits, outbox. */
export function withGlobal<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inScope({}, fn);
}

/**
 * One organization's rows through the raw postgres-js client, for what drizzle cannot do:
 * cursors that stream a large export without holding it in memory. Same scope as withOrg.
 */
export async function withOrgCursor<T>(orgId: string, fn: (sql: TransactionSql) => Promise<T>): Promise<T> {
  if (!orgId) throw new Error('withOrgCursor needs an organization id');
  const result = await db.$client.begin(async (sql) => {
    await sql`select set_config('app.org_id', ${orgId}, true), set_config('app.user_id', '', true), set_config('app.platform', '', true)`;
    return fn(sql);
  });
  return result as T;
}
