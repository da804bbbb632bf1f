import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../embedded';
import { migrateDatabase } from '../migrate';
import { seedFeatureFlagsAt } from '../seed/feature-flags';

declare module 'vitest' {
  export interface ProvidedContext {
    testDbAdminUrl: string;
    testDbTemplate: string;
  }
}

/**
 * One Postgres server per test run: TEST_DATABASE_URL / DATABASE_URL when set, otherwise an
 * embedded one. A template database is migrated once, with the platform's feature flags (seed
 * 003) as every deployment has them; each test file clones it (fast).
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let server: EmbeddedServer | undefined;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    const port = Number(process.env.TEST_PG_PORT ?? 54330);
    server = await startEmbeddedPostgres({ dataDir: `.data/test-pg-${port}`, port, persistent: false, fast: true });
    adminUrl = server.adminUrl();
  }
  const template = `commerce_test_template_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${template}"`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await migrateDatabase(templateUrl.toString(), process.env.APP_DB_ROLE ?? 'commerce_app');
  await seedFeatureFlagsAt(templateUrl.toString());

  project.provide('testDbAdminUrl', adminUrl);
  project.provide('testDbTemplate', template);

  return async () => {
    const dbs = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`${template}%`} or datname like ${`${template.replace('template', 'file')}%`}`;
    for (const { datname } of dbs) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    await server?.stop();
  };
}
