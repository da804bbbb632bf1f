import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { billingSubscriptions, memberships, users } from '@/db/schema';
import type { BILLING_STATUSES } from '@/db/schema/values';
import { env } from '@/lib/env';

export type BillingStatus = (typeof BILLING_STATUSES)[number];

/** Statuses of a subscription that still exists in Stripe and bills the tenant: a plan change goes through it, not a new Checkout. */
export const LIVE_STATUSES: readonly BillingStatus[] = ['active', 'trialing', 'past_due', 'unpaid'];
/** Statuses that count towards monthly recurring revenue. */
export const REVENUE_STATUSES: readonly BillingStatus[] = ['active', 'trialing', 'past_due'];

export async function findBillingSubscription(tx: Tx, orgId: string) {
  const [row] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.organizationId, orgId));
  return row ?? null;
}

/** The organization's owners, who hear about its billing (oldest membership first). */
export function organizationOwners(tx: Tx, orgId: string) {
  return tx
    .select({ email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, orgId), eq(memberships.role, 'owner')))
    .orderBy(asc(memberships.createdAt));
}

/** Settings → Plan and usage, as an absolute URL (Stripe redirects and emails). */
export function planSettingsUrl(slug: string) {
  return `${env.appUrl}/dashboard/${slug}/settings/plan`;
}
