import 'server-only';
import { setOrganizationPlan } from '@/lib/plans/set-organization-plan';
import { downgradedEmails } from '../billing-emails';
import { updateSubscriptionRow, type Applied, type BillingEventContext } from './event-context';

/** The subscription ended (cancelled, or Stripe gave up on an unpaid one): the organization moves to Free and its owners are told. */
export async function onSubscriptionDeleted(ctx: BillingEventContext): Promise<Applied> {
  if (ctx.row.stripeSubscriptionId && ctx.refs.subscriptionId !== ctx.row.stripeSubscriptionId) {
    return { status: 'ignored', reason: 'not the organization’s current subscription' };
  }
  await updateSubscriptionRow(
    ctx,
    { status: 'canceled', graceUntil: null, cancelAtPeriodEnd: false, currentPeriodEnd: ctx.refs.currentPeriodEnd ?? ctx.row.currentPeriodEnd, lastEventAt: ctx.event.created },
    'billing.subscription_cancelled',
  );
  const changed = await setOrganizationPlan(ctx.tx, {
    organizationId: ctx.org.id,
    to: 'free',
    source: 'cancellation',
    reason: `Stripe subscription ${ctx.refs.subscriptionId} ended`,
  });
  if (changed) ctx.emails.push(...(await downgradedEmails(ctx.tx, ctx.org, changed.from, 'cancellation')));
  return { status: 'processed' };
}
