import { ensureDatabase, startEmbeddedPostgres } from '../../db/embedded';
import { migrateDatabase } from '../../db/migrate';

export const BENCH_DB_NAME = 'commerce_bench';
const PORT = 54380;
const DATA_DIR = '.data/bench-pg';

export type BenchDatabase = { url: string; appRole: string; stop: () => Promise<void> };

// A 2-core box with plenty of RAM: memory for bulk index builds and a cache that holds the
// catalog, WAL sized so a 1M-product load does not checkpoint every few seconds.
// No fsync shortcuts: reads are what we measure, and the cluster is kept between runs.
const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  'max_connections=300',
  'shared_buffers=1GB',
  'effective_cache_size=4GB',
  'maintenance_work_mem=1GB',
  'work_mem=16MB',
  'max_wal_size=8GB',
  'checkpoint_timeout=30min',
  'synchronous_commit=off',
];

export type BenchServer = { adminUrl: string; stop: () => Promise<void> };

/**
 * BENCH_DATABASE_URL's server, or our own embedded one on `port` with its data in `dataDir`
 * (kept between runs; reused when it already answers).
 */
export async function startBenchServer({ port, dataDir, settings }: { port: number; dataDir: string; settings: string[] }): Promise<BenchServer> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => {} };
  const server = await startEmbeddedPostgres({ port, dataDir, settings });
  console.log(server.reused ? `▸ reusing the Postgres server already on port ${port}` : `▸ embedded Postgres on port ${port} (data in ${dataDir})`);
  return { adminUrl: server.adminUrl(), stop: server.stop };
}

export function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * The bench database, migrated: `commerce_bench` on BENCH_DATABASE_URL's server, or on our own
 * embedded server. Never the dev or test database, whatever DATABASE_URL says.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const server = await startBenchServer({ port: PORT, dataDir: DATA_DIR, settings: SERVER_SETTINGS });
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
