/**
 * Runtime configuration. Everything the app reads from the environment is named here,
 * with the development default beside it.
 */
const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54320);

export const env = {
  /** Where the app's database lives. Without DATABASE_URL, the embedded server started by our scripts. */
  databaseUrl:
    process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}/commerce`,
  /** The role the app's queries run as; created by the migrator, owns nothing, cannot bypass RLS. */
  appDbRole: process.env.APP_DB_ROLE ?? 'commerce_app',
  /** host[:port] of the platform site; `<slug>.<platformHost>` are storefronts. */
  platformHost: (process.env.PLATFORM_HOST ?? 'localhost:3000').toLowerCase(),
  /** Absolute URL used in emails. */
  appUrl: process.env.APP_URL ?? `http://${process.env.PLATFORM_HOST ?? 'localhost:3000'}`,
  resendApiKey: process.env.RESEND_API_KEY,
  emailFrom: process.env.EMAIL_FROM ?? 'Commerce Platform <no-reply@commerce.localhost>',
  /** Where uploads go with the local storage driver. */
  uploadDir: process.env.UPLOAD_DIR ?? '.data/uploads',
} as const;

export function embeddedPostgresPort() {
  return EMBEDDED_PG_PORT;
}

/** The hostname part of the platform host (no port). */
export function platformHostname() {
  return env.platformHost.split(':')[0]!;
}
