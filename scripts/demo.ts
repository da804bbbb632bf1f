import { ensureAuthSecret } from './auth-secret';
import { prepareDatabase } from './database';
import { run, startCommand } from './run';
import { spawnWorker } from './worker';

// `npm run demo`: database up, migrated and seeded with demo data; production build; serve on :3000
// (`npm start`'s workers, one per core) with the job worker.
ensureAuthSecret();
const { server } = await prepareDatabase();
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.DEV_MAILBOX ??= '1'; // the demo's emails are read in /dev/mailbox
let worker: ReturnType<typeof spawnWorker> | undefined;
try {
  const { seedDemoData } = await import('../db/seed/seed');
  await seedDemoData();
  const { db } = await import('../db/client');
  await db.$client.end();
  await run('npx', ['next', 'build']);
  worker = spawnWorker();
  console.log('\n▸ Platform: http://localhost:3000 · storefronts: http://<slug>.localhost:3000 (logins in README.md)\n');
  await run(...startCommand(process.env.PORT ?? 3000));
} finally {
  await worker?.stop();
  await server?.stop();
}
