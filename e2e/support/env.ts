/**
 * Shared by playwright.config.ts, the e2e server and the specs: where the app under test
 * listens and which database it uses. TEST_DATABASE_URL / DATABASE_URL name a server to use;
 * otherwise an embedded one on E2E_PG_PORT.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54350);
export const E2E_PLATFORM_HOST = `localhost:${E2E_PORT}`;
export const E2E_BASE_URL = `http://${E2E_PLATFORM_HOST}`;
export const E2E_DB_NAME = 'commerce_e2e';

const external = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** A superuser (or owner) URL of the server, for creating the e2e database. */
export function e2eAdminUrl(): string {
  return external ?? `postgres://postgres:postgres@127.0.0.1:${E2E_PG_PORT}/postgres`;
}

export function e2eDatabaseUrl(): string {
  const url = new URL(e2eAdminUrl());
  url.pathname = `/${E2E_DB_NAME}`;
  return url.toString();
}

export const usesEmbeddedPostgres = !external;

export function storefrontUrl(slug: string, path = '/') {
  return `http://${slug}.${E2E_PLATFORM_HOST}${path}`;
}
