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
  /** An S3-compatible bucket for uploads; when set it replaces the local disk (lib/storage). */
  s3Bucket: process.env.S3_BUCKET || undefined,
  /** e.g. http://127.0.0.1:9000 for MinIO; unset means AWS itself (https://s3.<region>.amazonaws.com). */
  s3Endpoint: process.env.S3_ENDPOINT || undefined,
  s3Region: process.env.S3_REGION || 'us-east-1',
  s3AccessKeyId: process.env.S3_ACCESS_KEY_ID,
  s3SecretAccessKey: process.env.S3_SECRET_ACCESS_KEY,
  /** `<endpoint>/<bucket>/<key>` instead of `<bucket>.<host>/<key>`; MinIO and most self-hosted stores need it. */
  s3ForcePathStyle: process.env.S3_FORCE_PATH_STYLE ? process.env.S3_FORCE_PATH_STYLE === 'true' : Boolean(process.env.S3_ENDPOINT),
  /**
   * Stripe Billing on the platform's own account (plans paid by the tenants). Without the secret
   * key (the demo), billing is off and plan changes are made in the back office (lib/billing/config.ts).
   */
  billingStripeSecretKey: process.env.BILLING_STRIPE_SECRET_KEY || undefined,
  billingStripeWebhookSecret: process.env.BILLING_STRIPE_WEBHOOK_SECRET || undefined,
  /** The Stripe price id of each paid plan's monthly subscription. */
  billingPriceBasic: process.env.BILLING_PRICE_BASIC || undefined,
  billingPricePro: process.env.BILLING_PRICE_PRO || undefined,
  billingPriceEnterprise: process.env.BILLING_PRICE_ENTERPRISE || undefined,
} as const;

export function embeddedPostgresPort() {
  return EMBEDDED_PG_PORT;
}

/** The hostname part of the platform host (no port). */
export function platformHostname() {
  return env.platformHost.split(':')[0]!;
}
