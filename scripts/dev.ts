import { ensureAuthSecret } from './auth-secret';
import { prepareDatabase } from './database';
import { run } from './run';

// `npm run dev`: database up and migrated, then `next dev`. Ctrl-C stops both.
ensureAuthSecret();
const { server } = await prepareDatabase();
process.env.NEXT_TELEMETRY_DISABLED = '1';
try {
  await run('npx', ['next', 'dev', ...process.argv.slice(2)]);
} finally {
  await server?.stop();
}
