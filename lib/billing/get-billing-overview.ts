import 'server-only';
import { count, eq } from 'drizzle-orm';
import { planChanges } from '@/db/schema';
import { planHistoryQuery } from '@/lib/plans/plan-history';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { paged, pageWindow } from '@/lib/server/list-query';
import { billingConfig, PAID_PLANS, type PaidPlan } from './config';
import { findBillingSubscription } from './internal';

export const PLAN_HISTORY_PAGE_SIZE = 10;

/**
 * Settings → Plan and usage, billing part: whether plans can be bought online here, the
 * subscription as Stripe last told us, and the plan history (newest first, who and why).
 */
export async function getBillingOverview(ctx: OrgContext, { historyPage = 1 }: { historyPage?: number } = {}) {
  requirePermission(ctx, 'settings.view');
  const config = billingConfig();
  return ctx.tx(async (tx) => {
    const subscription = await findBillingSubscription(tx, ctx.org.id);
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(planChanges).where(eq(planChanges.organizationId, ctx.org.id));
    const { page, offset } = pageWindow(total, historyPage, PLAN_HISTORY_PAGE_SIZE);
    const history = await planHistoryQuery(tx, ctx.org.id).limit(PLAN_HISTORY_PAGE_SIZE).offset(offset);
    return {
      /** Paid plans that can be bought online; empty without platform Stripe keys (the demo). */
      purchasable: config ? PAID_PLANS.filter((p) => config.prices[p]) : ([] as PaidPlan[]),
      billingEnabled: Boolean(config),
      subscription: subscription && {
        plan: subscription.plan,
        status: subscription.status,
        currentPeriodEnd: subscription.currentPeriodEnd,
        cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
        graceUntil: subscription.graceUntil,
        hasSubscription: Boolean(subscription.stripeSubscriptionId),
      },
      history: paged(history, total, page, PLAN_HISTORY_PAGE_SIZE),
    };
  });
}

export type BillingOverview = Awaited<ReturnType<typeof getBillingOverview>>;
