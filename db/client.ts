import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '../lib/env';
import * as schema from './schema';

/**
 * The app's drizzle client. Every pooled connection starts as the app role (a startup
 * parameter), so row-level security applies even when DATABASE_URL names a superuser.
 * Tenant-scoped work goes through db/scope.ts, never this client directly.
 */
function createDb() {
  const client = postgres(env.databaseUrl, {
    max: Number(process.env.DB_POOL_MAX ?? 10),
    connection: { role: env.appDbRole },
    onnotice: () => {},
  });
  return drizzle(client, { schema });
}

export type Db = ReturnType<typeof createDb>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// One pool per database URL and process, also across Next's dev-mode module reloads.
const pools = ((globalThis as unknown as { __commerceDb?: Map<string, Db> }).__commerceDb ??= new Map());
export const db: Db = pools.get(env.databaseUrl) ?? pools.set(env.databaseUrl, createDb()).get(env.databaseUrl)!;
