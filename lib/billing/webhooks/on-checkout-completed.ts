import 'server-only';
import { updateSubscriptionRow, type Applied, type BillingEventContext } from './event-context';

/** The owner finished Checkout: remember the subscription it made. The plan follows its own customer.subscription.* events. */
export async function onCheckoutCompleted(ctx: BillingEventContext): Promise<Applied> {
  const subscriptionId = ctx.refs.subscriptionId;
  if (!subscriptionId) return { status: 'ignored', reason: 'the session has no subscription' };
  await updateSubscriptionRow(ctx, { stripeSubscriptionId: subscriptionId }, 'billing.subscription_linked');
  return { status: 'processed' };
}
