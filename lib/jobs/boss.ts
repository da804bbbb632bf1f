import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { ALL_QUEUES } from './queues';

/**
 * The pg-boss instance of this process, started on first use. It connects with the plain
 * DATABASE_URL (not the app's RLS role, see db/client.ts) because it creates and owns its own
 * `pgboss` schema; no tenant table is reached through it.
 *
 * App processes (Next, tests) only send jobs: no maintenance, no cron clock, two connections.
 * The worker process (scripts/worker.ts) starts the full instance with `startWorkerBoss()`.
 */
type Mode = 'sender' | 'worker';
type Started = { mode: Mode; boss: Promise<PgBoss> };

const instances = ((globalThis as unknown as { __commerceBoss?: Map<string, Started> }).__commerceBoss ??= new Map());

async function start(mode: Mode): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env.databaseUrl,
    application_name: `commerce-jobs-${mode}`,
    max: mode === 'worker' ? 5 : 2,
    supervise: mode === 'worker',
    schedule: mode === 'worker',
    migrate: true,
  });
  boss.on('error', (error) => {
    // 57P01: Postgres is shutting down (the end of a dev or test run), not a job failing.
    if ((error as { code?: string }).code !== '57P01') console.error('[jobs]', error);
  });
  await boss.start();
  for (const name of ALL_QUEUES) await boss.createQueue(name);
  return boss;
}

function instance(mode: Mode): Promise<PgBoss> {
  const existing = instances.get(env.databaseUrl);
  if (existing) {
    if (mode === 'worker' && existing.mode !== 'worker') throw new Error('startWorkerBoss() must run before anything enqueues a job in this process');
    return existing.boss;
  }
  const boss = start(mode);
  instances.set(env.databaseUrl, { mode, boss });
  // A failed start (database down) is not cached: the next call tries again.
  boss.catch(() => instances.delete(env.databaseUrl));
  return boss;
}

/** The process's pg-boss, for sending jobs. */
export function getBoss(): Promise<PgBoss> {
  return instance('sender');
}

/** The worker's pg-boss: maintenance and cron scheduling on. Call before registering handlers. */
export function startWorkerBoss(): Promise<PgBoss> {
  return instance('worker');
}

/** Stops this process's pg-boss, letting active jobs finish (up to `timeoutMs`). */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const started = instances.get(env.databaseUrl);
  if (!started) return;
  instances.delete(env.databaseUrl);
  const boss = await started.boss.catch(() => null);
  if (!boss) return;
  await new Promise<void>((resolve) => {
    boss.once('stopped', () => resolve());
    boss.stop({ graceful: true, timeout: timeoutMs }).catch(() => resolve());
  });
}
