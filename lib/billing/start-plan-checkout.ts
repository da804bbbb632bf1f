import 'server-only';
import { billingSubscriptions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { currentPlan } from '@/lib/plans/current-plan';
import { downgradeBlockers } from '@/lib/plans/downgrade-blockers';
import { PLANS } from '@/lib/plans/plans';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { billingStripe, type BillingConfig } from './config';
import { findBillingSubscription, LIVE_STATUSES, planSettingsUrl } from './internal';
import { requireBillingConfig } from './require-billing-config';
import type { StartPlanCheckoutInput } from './schemas';

export type PlanCheckout = { url: string; via: 'checkout' | 'portal' };

/**
 * "Upgrade to X" / "Switch to X": where to send the owner to pay for `plan`. Without a live
 * subscription, a Stripe Checkout Session (subscription mode) on the organization's Stripe
 * customer, made on first use. With one, the customer portal's "confirm this plan change" flow
 * for that subscription: the owner sees the prorated amount in Stripe and confirms there, and
 * the plan changes when Stripe's customer.subscription.updated reaches the billing webhook.
 * A plan the store has outgrown is refused up front with what must go first.
 */
export async function startPlanCheckout(ctx: OrgContext, input: StartPlanCheckoutInput): Promise<PlanCheckout> {
  requirePermission(ctx, 'settings.update');
  const config = requireBillingConfig();
  const price = config.prices[input.plan];
  const planName = PLANS[input.plan].name;
  if (!price) throw conflict(`${planName} cannot be bought online yet. Contact support to change plans.`);
  const org = ctx.org;

  const { existing, current, blockers } = await ctx.tx(async (tx) => {
    return { existing: await findBillingSubscription(tx, org.id), current: await currentPlan(tx, org.id), blockers: await downgradeBlockers(tx, org.id, input.plan) };
  });
  const live = existing?.stripeSubscriptionId && LIVE_STATUSES.includes(existing.status) ? existing : null;
  if (live && live.plan === input.plan) throw conflict(`Your subscription is already for ${planName}.`);
  if (blockers.length > 0) throw conflict(`The store cannot move to ${planName} yet. ${blockers.join(' ')}`, { plan: blockers });

  const stripe = billingStripe(config);
  const returnUrl = planSettingsUrl(org.slug);
  let checkout: PlanCheckout;
  let customerId = existing?.stripeCustomerId;
  if (live) {
    const subscription = await stripe.subscriptions.retrieve(live.stripeSubscriptionId!);
    const item = subscription.items.data[0];
    if (!item) throw conflict('Your subscription has no plan on it. Open “Manage payment methods and invoices” or contact support.');
    const portal = await stripe.billingPortal.sessions.create({
      customer: live.stripeCustomerId,
      return_url: returnUrl,
      flow_data: {
        type: 'subscription_update_confirm',
        subscription_update_confirm: { subscription: subscription.id, items: [{ id: item.id, price, quantity: 1 }] },
        after_completion: { type: 'redirect', redirect: { return_url: `${returnUrl}?billing=updated` } },
      },
    });
    checkout = { url: portal.url, via: 'portal' };
  } else {
    // The idempotency key makes two quick clicks (or a retry) share one customer.
    customerId ??= (
      await stripe.customers.create(
        { name: org.name, email: org.contactEmail ?? ctx.actor.email, metadata: { organizationId: org.id } },
        { idempotencyKey: `billing-customer-${org.id}` },
      )
    ).id;
    const session = await createCheckoutSession(config, { orgId: org.id, customerId, price, plan: input.plan, returnUrl });
    checkout = { url: session.url!, via: 'checkout' };
  }

  await ctx.tx(async (tx) => {
    await tx.insert(billingSubscriptions).values({ organizationId: org.id, stripeCustomerId: customerId! }).onConflictDoNothing();
    await recordAudit(tx, ctx.actor, {
      organizationId: org.id,
      action: 'billing.plan_change_started',
      entityType: 'billing_subscription',
      entityId: org.id,
      oldValues: { plan: current },
      newValues: { plan: input.plan, via: checkout.via, stripeCustomerId: customerId },
    });
  });
  return checkout;
}

function createCheckoutSession(
  config: BillingConfig,
  p: { orgId: string; customerId: string; price: string; plan: string; returnUrl: string },
) {
  return billingStripe(config).checkout.sessions.create({
    mode: 'subscription',
    customer: p.customerId,
    line_items: [{ price: p.price, quantity: 1 }],
    client_reference_id: p.orgId,
    metadata: { organizationId: p.orgId, plan: p.plan },
    subscription_data: { metadata: { organizationId: p.orgId, plan: p.plan } },
    success_url: `${p.returnUrl}?checkout=success`,
    cancel_url: `${p.returnUrl}?checkout=cancelled`,
  });
}
