import 'server-only';
import { paymentFailedEmails } from '../billing-emails';
import { gracePeriodDays } from '../config';
import { updateSubscriptionRow, type Applied, type BillingEventContext } from './event-context';

const DAY_MS = 86_400_000;

/**
 * A renewal could not be charged. The grace period starts at the first failure (a retry that
 * fails again keeps its date); the paid plan stays until then, and each owner is told the date.
 * Stripe is asked for the subscription first: a late failure of an invoice that has since been
 * paid finds it active, and changes nothing.
 */
export async function onPaymentFailed(ctx: BillingEventContext): Promise<Applied> {
  const { remote } = ctx;
  if (!remote || (remote.status !== 'past_due' && remote.status !== 'unpaid')) {
    return { status: 'ignored', reason: `the subscription is ${remote?.status ?? 'unknown'} now` };
  }
  // ctx.org was read inside this transaction. Already on Free (a past grace period, or set by hand): nothing to keep, so no grace and no warning.
  if (ctx.org.plan === 'free') {
    await updateSubscriptionRow(ctx, { status: remote.status }, 'billing.payment_failed');
    return { status: 'processed', reason: 'the organization is on Free' };
  }
  const graceUntil = ctx.row.graceUntil ?? new Date(Date.now() + (await gracePeriodDays(ctx.tx)) * DAY_MS);
  await updateSubscriptionRow(ctx, { status: remote.status, graceUntil }, 'billing.payment_failed');
  ctx.emails.push(...(await paymentFailedEmails(ctx.tx, ctx.org, ctx.row.plan ?? ctx.org.plan, graceUntil)));
  return { status: 'processed' };
}
