import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { billingStripe } from './config';
import { findBillingSubscription, planSettingsUrl } from './internal';
import { requireBillingConfig } from './require-billing-config';

/** "Manage payment methods and invoices": a Stripe customer portal session for the organization's customer. */
export async function openBillingPortal(ctx: OrgContext): Promise<{ url: string }> {
  requirePermission(ctx, 'settings.update');
  const config = requireBillingConfig();
  const existing = await ctx.tx((tx) => findBillingSubscription(tx, ctx.org.id));
  if (!existing) throw conflict('There is no billing account yet: choose a plan first.');
  const portal = await billingStripe(config).billingPortal.sessions.create({ customer: existing.stripeCustomerId, return_url: planSettingsUrl(ctx.org.slug) });
  await ctx.tx((tx) =>
    recordAudit(tx, ctx.actor, { organizationId: ctx.org.id, action: 'billing.portal_opened', entityType: 'billing_subscription', entityId: ctx.org.id }),
  );
  return { url: portal.url };
}
