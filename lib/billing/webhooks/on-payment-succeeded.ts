import 'server-only';
import { setOrganizationPlan } from '@/lib/plans/set-organization-plan';
import { planForPrice } from '../config';
import { updateSubscriptionRow, type Applied, type BillingEventContext } from './event-context';

/**
 * invoice.paid / invoice.payment_succeeded: the subscription is paid up, as Stripe confirms when
 * asked. The grace period ends, and a store that was moved to Free for the unpaid renewal gets its
 * plan back.
 */
export async function onPaymentSucceeded(ctx: BillingEventContext): Promise<Applied> {
  const { remote } = ctx;
  if (!remote || (remote.status !== 'active' && remote.status !== 'trialing')) {
    return { status: 'ignored', reason: `the subscription is ${remote?.status ?? 'unknown'} now` };
  }
  const plan = planForPrice(ctx.config, remote.priceId) ?? ctx.row.plan;
  await updateSubscriptionRow(
    ctx,
    { stripeSubscriptionId: remote.id, status: remote.status, graceUntil: null, currentPeriodEnd: remote.currentPeriodEnd, cancelAtPeriodEnd: remote.cancelAtPeriodEnd, ...(plan ? { plan } : {}) },
    'billing.payment_succeeded',
  );
  if (plan && plan !== 'free') {
    await setOrganizationPlan(ctx.tx, { organizationId: ctx.org.id, to: plan, source: 'billing', reason: `Stripe subscription ${remote.id} is paid` });
  }
  return { status: 'processed' };
}
