import { count } from 'drizzle-orm';
import { domains } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { DOMAIN_STATUSES } from '@/db/schema/values';

/**
 * Which outside services are wired up, from the environment alone (a key being set, not whether
 * it works), and how many custom domains are in each state.
 */
export async function getIntegrationStatus(ctx: AdminContext) {
  requirePlatformPermission(ctx, 'integrations.view');
  const byStatus = await ctx.tx((tx) => tx.select({ status: domains.status, n: count() }).from(domains).groupBy(domains.status));
  const domainCounts = Object.fromEntries(DOMAIN_STATUSES.map((s) => [s, byStatus.find((r) => r.status === s)?.n ?? 0])) as Record<(typeof DOMAIN_STATUSES)[number], number>;
  return {
    billing: { configured: Boolean(process.env.BILLING_STRIPE_SECRET_KEY), webhookConfigured: Boolean(process.env.BILLING_STRIPE_WEBHOOK_SECRET) },
    email: { configured: Boolean(process.env.RESEND_API_KEY) },
    domains: domainCounts,
  };
}
