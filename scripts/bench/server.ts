import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { startCommand } from '../run';
import { get } from './load';

const NEXT = path.resolve('node_modules/.bin/next');
export const SERVER_LOG = '.data/bench/server.log';

export type NextServer = { pid: number; stop: () => Promise<void> };

/** Environment of the production server: the bench database, storefronts on *.bench.localhost:<port>. */
export function serverEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PLATFORM_HOST: `bench.localhost:${port}`,
    APP_URL: `http://bench.localhost:${port}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-secret-bench-secret-bench-secret-bench',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

/** `next build`, output to the terminal. */
export function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT, ['build'], { stdio: 'inherit', env });
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code ?? signal})`))));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/**
 * `npm start` (scripts/start.ts: one `next start` worker per core, WEB_CONCURRENCY to change)
 * in its own process group, its output in .data/bench/server.log; resolves once `readyHost`
 * answers. stop() ends the group.
 */
export async function startServer(opts: { port: number; env: NodeJS.ProcessEnv; readyHost: string }): Promise<NextServer> {
  if ((await get(opts.port, { host: opts.readyHost, path: '/' })) !== 0) {
    throw new Error(`Something already listens on port ${opts.port}: stop it or pass --port`);
  }
  mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
  const log = openSync(SERVER_LOG, 'w');
  // No -H: Next proxies a middleware rewrite it takes for another origin, and it judges that
  // against its own hostname (localhost by default); -H 127.0.0.1 made every rewrite a proxy loop.
  const [command, args] = startCommand(opts.port);
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: opts.env,
  });
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const lastResort = () => killGroup(child, 'SIGKILL');
  process.on('exit', lastResort);

  const stop = async () => {
    process.off('exit', lastResort);
    if (exited) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000);
    await exitedPromise;
    clearTimeout(timer);
    killGroup(child, 'SIGKILL'); // any straggler in the group
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited early: see ${SERVER_LOG}`);
    const status = await get(opts.port, { host: opts.readyHost, path: '/' });
    if (status !== 0) {
      console.log(`▸ npm start on port ${opts.port} (pid group ${child.pid}, log ${SERVER_LOG}); ${opts.readyHost}/ → ${status}`);
      return { pid: child.pid!, stop };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the server did not answer within 120 s: see ${SERVER_LOG}`);
}
