import postgres from 'postgres';
import { migrateDatabase } from '../../db/migrate';
import { startBenchServer, withDatabase } from './bench-db';

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

const SERVER_SETTINGS = ['listen_addresses=127.0.0.1', 'max_connections=200', 'shared_buffers=512MB', 'effective_cache_size=4GB', 'work_mem=8MB', 'max_wal_size=4GB', 'checkpoint_timeout=30min'];

export async function openCheckoutBenchDatabase({ synchronousCommit }: { synchronousCommit: boolean }): Promise<CheckoutBenchDatabase> {
  const server = await startBenchServer({ port: PORT, dataDir: DATA_DIR, settings: SERVER_SETTINGS });
  const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${CHECKOUT_BENCH_DB}" with (force)`);
    await admin.unsafe(`create database "${CHECKOUT_BENCH_DB}"`);
    await admin.unsafe(`alter database "${CHECKOUT_BENCH_DB}" set synchronous_commit = ${synchronousCommit ? 'on' : 'off'}`);
    const url = withDatabase(server.adminUrl, CHECKOUT_BENCH_DB);
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
