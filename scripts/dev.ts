import { ensureAuthSecret } from './auth-secret';
import { prepareDatabase } from './database';
import { run } from './run';
import { spawnWorker } from './worker';

// `npm run dev`: database up and migrated, then `next dev` and the job worker. Ctrl-C stops all.
ensureAuthSecret();
const { server } = await prepareDatabase();
process.env.NEXT_TELEMETRY_DISABLED = '1';
const worker = spawnWorker();
try {
  await run('npx', ['next', 'dev', ...process.argv.slice(2)]);
} finally {
  await worker.stop();
  await server?.stop();
}
