import 'server-only';
import { count, desc, eq, inArray } from 'drizzle-orm';
import { billingSubscriptions, organizations } from '@/db/schema';
import { PLAN_CURRENCY, PLANS } from '@/lib/plans/plans';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { paged, pageWindow } from '@/lib/server/list-query';
import { REVENUE_STATUSES } from '../internal';
import type { ListSubscriptionsFilters } from '../schemas';

export const SUBSCRIPTIONS_PAGE_SIZE = 25;

/**
 * /admin/billing: every organization's subscription (newest change first, filterable by status)
 * and the monthly recurring revenue of the paying ones (active, trialing, and past due while in
 * their grace period), from each plan's list price.
 */
export async function listSubscriptions(ctx: AdminContext, filters: ListSubscriptionsFilters) {
  requirePlatformPermission(ctx, 'money.view');
  const where = filters.status ? eq(billingSubscriptions.status, filters.status) : undefined;
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(billingSubscriptions).where(where);
    const { page, offset } = pageWindow(total, filters.page, SUBSCRIPTIONS_PAGE_SIZE);
    const rows = await tx
      .select({
        organizationId: billingSubscriptions.organizationId,
        organizationName: organizations.name,
        organizationSlug: organizations.slug,
        organizationPlan: organizations.plan,
        plan: billingSubscriptions.plan,
        status: billingSubscriptions.status,
        currentPeriodEnd: billingSubscriptions.currentPeriodEnd,
        cancelAtPeriodEnd: billingSubscriptions.cancelAtPeriodEnd,
        graceUntil: billingSubscriptions.graceUntil,
        updatedAt: billingSubscriptions.updatedAt,
      })
      .from(billingSubscriptions)
      .innerJoin(organizations, eq(organizations.id, billingSubscriptions.organizationId))
      .where(where)
      .orderBy(desc(billingSubscriptions.updatedAt), desc(billingSubscriptions.organizationId))
      .limit(SUBSCRIPTIONS_PAGE_SIZE)
      .offset(offset);
    const byPlan = await tx
      .select({ plan: billingSubscriptions.plan, n: count() })
      .from(billingSubscriptions)
      .where(inArray(billingSubscriptions.status, REVENUE_STATUSES))
      .groupBy(billingSubscriptions.plan);
    const mrr = byPlan.reduce((sum, { plan, n }) => sum + (plan ? PLANS[plan].monthlyPrice * n : 0), 0);
    const paying = byPlan.reduce((sum, { n }) => sum + n, 0);
    return { ...paged(rows, total, page, SUBSCRIPTIONS_PAGE_SIZE), mrr: { amount: mrr, currency: PLAN_CURRENCY, paying } };
  });
}

export type SubscriptionListRow = Awaited<ReturnType<typeof listSubscriptions>>['rows'][number];
