import 'server-only';
import { setOrganizationPlan } from '@/lib/plans/set-organization-plan';
import { planForPrice } from '../config';
import { updateSubscriptionRow, type Applied, type BillingEventContext } from './event-context';

/**
 * customer.subscription.created / updated: the row takes the subscription's state, and a paying
 * subscription (active or trialing) gives the organization its plan. past_due keeps the plan (a
 * grace period runs, see on-payment-failed); other statuses leave it to cancellation or grace.
 */
export async function onSubscriptionChanged(ctx: BillingEventContext): Promise<Applied> {
  const { refs } = ctx;
  const plan = planForPrice(ctx.config, refs.priceId);
  const paying = refs.status === 'active' || refs.status === 'trialing';
  await updateSubscriptionRow(
    ctx,
    {
      stripeSubscriptionId: refs.subscriptionId,
      ...(refs.status ? { status: refs.status } : {}),
      ...(plan ? { plan } : {}),
      currentPeriodEnd: refs.currentPeriodEnd,
      cancelAtPeriodEnd: refs.cancelAtPeriodEnd ?? false,
      ...(paying ? { graceUntil: null } : {}),
      lastEventAt: ctx.event.created,
    },
    'billing.subscription_updated',
  );
  if (!plan) return { status: 'processed', reason: refs.priceId ? `price ${refs.priceId} is not a plan's price` : 'no price' };
  if (paying) {
    await setOrganizationPlan(ctx.tx, { organizationId: ctx.org.id, to: plan, source: 'billing', reason: `Stripe subscription ${refs.subscriptionId} is ${refs.status}` });
  }
  return { status: 'processed' };
}
