import { boolean, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizationId, tenantPolicy, timestamps } from '../columns';
import { organizationPlan, organizations } from '../tenancy/organizations';
import { BILLING_STATUSES } from '../values';

export const billingStatus = pgEnum('billing_status', BILLING_STATUSES);

/**
 * An organization's subscription to the platform, as Stripe Billing (the platform's own keys)
 * last told us. One row per organization, made when it first opens Checkout. `plan` is what the
 * subscription pays for; organizations.plan is what the organization gets (they differ during a
 * grace period, and for plans set by hand in the back office). `lastEventAt` is the creation time
 * of the newest Stripe event applied: an older event arriving late changes nothing.
 */
export const billingSubscriptions = pgTable(
  'billing_subscriptions',
  {
    organizationId: organizationId()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    stripeCustomerId: text('stripe_customer_id').notNull(),
    stripeSubscriptionId: text('stripe_subscription_id'),
    plan: organizationPlan('plan'),
    status: billingStatus('status').notNull().default('none'),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** Set by a failed renewal: the paid plan is kept until then, then the organization moves to Free. */
    graceUntil: timestamp('grace_until', { withTimezone: true }),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('billing_subscriptions_customer_key').on(t.stripeCustomerId),
    uniqueIndex('billing_subscriptions_subscription_key').on(t.stripeSubscriptionId),
    tenantPolicy(t.organizationId),
  ],
);

export type BillingSubscription = typeof billingSubscriptions.$inferSelect;
