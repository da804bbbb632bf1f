import { embeddedPostgresPort, env } from '../lib/env';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';

/**
 * The database for `npm run dev` / `npm run demo` / `npm run db:*`: DATABASE_URL when set,
 * otherwise the embedded server (data under .data/pg), started here and kept running for as
 * long as the calling script lives.
 */
export async function prepareDatabase({ migrate = true } = {}): Promise<{ server?: EmbeddedServer }> {
  let server: EmbeddedServer | undefined;
  if (!process.env.DATABASE_URL) {
    server = await startEmbeddedPostgres({ dataDir: '.data/pg', port: embeddedPostgresPort() });
    await ensureDatabase(server.adminUrl(), 'commerce');
    console.log(`▸ embedded Postgres on port ${embeddedPostgresPort()} (data in .data/pg)`);
  }
  if (migrate) {
    await migrateDatabase(env.databaseUrl, env.appDbRole);
    console.log('▸ migrations applied');
  }
  return { server };
}
