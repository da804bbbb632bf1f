import { sql } from 'drizzle-orm';
import type { TransactionSql } from 'postgres';
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
