import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isRevalidation } from '../lib/server/isr-cache-handler.mjs';

/**
 * `npm start [-- next start options]`: the production server. One Node process renders on one
 * core, so this runs one `next start` worker per core (WEB_CONCURRENCY to choose), sharing the
 * port through node:cluster. Cached storefront pages live in each worker's memory; a
 * revalidation in one worker is relayed to the others (lib/server/isr-cache-handler.mjs).
 * A worker that dies is replaced; Ctrl-C or SIGTERM stops them all.
 */
function workerCount(raw: string | undefined): number {
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`WEB_CONCURRENCY must be a positive integer, got "${raw}"`);
  return n;
}

const CRASH_WINDOW_MS = 60_000;
const STOP_GRACE_MS = 10_000;

function main() {
  const count = workerCount(process.env.WEB_CONCURRENCY);
  cluster.setupPrimary({
    exec: path.resolve('node_modules/next/dist/bin/next'),
    args: ['start', ...process.argv.slice(2)],
    execArgv: [], // not tsx's loader: the workers run Next's own JavaScript
  });

  const workers = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  cluster.on('message', (from, message) => {
    if (!isRevalidation(message)) return;
    for (const worker of workers()) if (worker !== from && worker.isConnected()) worker.send(message);
  });

  let stopping = false;
  const crashes: number[] = [];
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (workers().length === 0) process.exit();
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
    console.error(`▸ worker ${worker.process.pid} exited (${code ?? signal})`);
    // A worker that cannot start (bad build, port taken) would otherwise be restarted forever.
    if (crashes.length > count * 3) {
      console.error(`▸ ${crashes.length} worker exits within a minute: stopping`);
      stop(1);
      return;
    }
    cluster.fork();
  });

  const stop = (exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = exitCode;
    for (const worker of workers()) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of workers()) worker.process.kill('SIGKILL');
      process.exit();
    }, STOP_GRACE_MS).unref();
    if (workers().length === 0) process.exit();
  };
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());

  console.log(`▸ ${count} server worker${count === 1 ? '' : 's'} (WEB_CONCURRENCY to change)`);
  for (let i = 0; i < count; i++) cluster.fork();
}

main();
