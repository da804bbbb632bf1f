import postgres from 'postgres';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { seedFeatureFlagsAt } from '../db/seed/feature-flags';
import { E2E_DB_NAME, E2E_PG_PORT, E2E_PLATFORM_HOST, E2E_PORT, e2eAdminUrl, e2eDatabaseUrl, usesEmbeddedPostgres } from '../e2e/support/env';
import { run, startCommand } from './run';
import { spawnWorker } from './worker';

/**
 * Playwright's web server: a fresh database (embedded unless TEST_DATABASE_URL/DATABASE_URL),
 * migrated; a production build; the job worker and `npm start`'s workers on E2E_PORT. No demo data: each spec makes its own.
 */
const server = usesEmbeddedPostgres
  ? await startEmbeddedPostgres({ dataDir: `.data/e2e-pg-${E2E_PG_PORT}`, port: E2E_PG_PORT, persistent: false, fast: true })
  : undefined;
const admin = postgres(e2eAdminUrl(), { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists "${E2E_DB_NAME}" with (force)`);
await admin.unsafe(`create database "${E2E_DB_NAME}"`);
await admin.end();
await migrateDatabase(e2eDatabaseUrl(), process.env.APP_DB_ROLE ?? 'commerce_app');
// The platform's feature flags (seed 003): without them the dashboard hides deliveries, domains…
await seedFeatureFlagsAt(e2eDatabaseUrl());

const { RESEND_API_KEY: _unused, ...inherited } = process.env; // e2e reads mail from the outbox
const env = {
  ...inherited,
  DATABASE_URL: e2eDatabaseUrl(),
  PLATFORM_HOST: E2E_PLATFORM_HOST,
  APP_URL: `http://${E2E_PLATFORM_HOST}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  NEXT_TELEMETRY_DISABLED: '1',
  DEV_MAILBOX: '1',
  UPLOAD_DIR: '.data/e2e-uploads',
};
let worker: ReturnType<typeof spawnWorker> | undefined;
try {
  if (process.env.E2E_SKIP_BUILD !== '1') await run('npx', ['next', 'build'], env);
  // Queued emails (order confirmations, status changes) reach the outbox through the worker.
  worker = spawnWorker(env);
  // `npm start`'s cluster: the specs run against several workers, as production does.
  await run(...startCommand(E2E_PORT), env);
} finally {
  await worker?.stop();
  await server?.stop();
}
