import { and, eq } from 'drizzle-orm';
import { paymentGateways } from '@/db/schema';
import { env } from '@/lib/env';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getCheckoutSettings } from './get-checkout-settings';
import { STRIPE_WEBHOOK_EVENTS } from './schemas';

/** The settings page's data. The Stripe secrets stay on the server: only their hint and mode come back. */
export async function getPaymentSettings(ctx: OrgContext) {
  requirePermission(ctx, 'payments.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const settings = await getCheckoutSettings(tx, orgId);
    const [gateway] = await tx
      .select({ mode: paymentGateways.mode, secretKeyHint: paymentGateways.secretKeyHint, publishableKey: paymentGateways.publishableKey, updatedAt: paymentGateways.updatedAt })
      .from(paymentGateways)
      .where(and(eq(paymentGateways.organizationId, orgId), eq(paymentGateways.provider, 'stripe')));
    return {
      settings,
      stripe: gateway ? { mode: gateway.mode as 'test' | 'live', secretKeyHint: gateway.secretKeyHint, publishableKey: gateway.publishableKey, updatedAt: gateway.updatedAt } : null,
      webhook: { url: stripeWebhookUrl(orgId), events: [...STRIPE_WEBHOOK_EVENTS] },
    };
  });
}

export function stripeWebhookUrl(orgId: string) {
  return `${env.appUrl.replace(/\/+$/, '')}/api/webhooks/stripe/${orgId}`;
}
