import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { platformSettings } from '@/db/schema';
import { env } from '@/lib/env';
import { stripeFor, type Stripe } from '@/lib/payments/stripe/client';
import type { PlanKey } from '@/lib/plans/plans';

export type PaidPlan = Exclude<PlanKey, 'free'>;
export const PAID_PLANS: readonly PaidPlan[] = ['basic', 'pro', 'enterprise'];

export type BillingConfig = {
  secretKey: string;
  webhookSecret: string | null;
  /** Stripe price id of each paid plan; a plan without one cannot be bought online. */
  prices: Record<PaidPlan, string | null>;
};

/** Stripe Billing with the platform's keys, or null without BILLING_STRIPE_SECRET_KEY (the demo: plans are set in the back office). */
export function billingConfig(): BillingConfig | null {
  if (!env.billingStripeSecretKey) return null;
  return {
    secretKey: env.billingStripeSecretKey,
    webhookSecret: env.billingStripeWebhookSecret ?? null,
    prices: { basic: env.billingPriceBasic ?? null, pro: env.billingPricePro ?? null, enterprise: env.billingPriceEnterprise ?? null },
  };
}

export function billingStripe(config: BillingConfig): Stripe {
  return stripeFor(config.secretKey);
}

/** The plan a Stripe price id pays for, or null for a price that is not one of ours. */
export function planForPrice(config: BillingConfig, priceId: string | null): PaidPlan | null {
  if (!priceId) return null;
  return PAID_PLANS.find((plan) => config.prices[plan] === priceId) ?? null;
}

export const GRACE_PERIOD_SETTING = 'billing.grace_period_days';
export const DEFAULT_GRACE_PERIOD_DAYS = 7;

/** Days a tenant keeps its paid plan after a failed renewal: the platform setting, else 7. */
export async function gracePeriodDays(tx: Tx): Promise<number> {
  const [row] = await tx.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, GRACE_PERIOD_SETTING));
  const days = Number(row?.value);
  return row && Number.isFinite(days) && days >= 0 ? days : DEFAULT_GRACE_PERIOD_DAYS;
}
