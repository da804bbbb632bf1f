import { eq, inArray } from 'drizzle-orm';
import { withPlatform } from '../scope';
import { billingSubscriptions, organizations, planChanges } from '../schema';

const DAY = 86_400_000;

/** Demo subscriptions so /admin/billing is not empty: the demo runs without Stripe keys, so these ids point nowhere. */
const DEMO_SUBSCRIPTIONS = [
  { slug: 'acme', plan: 'pro', status: 'active', renewsInDays: 18, graceInDays: null, history: [{ from: 'basic', to: 'pro', daysAgo: 40, source: 'billing', reason: 'Upgraded through Stripe Checkout' }] },
  { slug: 'bazaar', plan: 'enterprise', status: 'active', renewsInDays: 9, graceInDays: null, history: [{ from: 'pro', to: 'enterprise', daysAgo: 75, source: 'billing', reason: 'Upgraded through the customer portal' }] },
  { slug: 'inkwell', plan: 'basic', status: 'past_due', renewsInDays: 2, graceInDays: 5, history: [{ from: 'free', to: 'basic', daysAgo: 120, source: 'admin', reason: 'Set by the platform team before online billing' }] },
] as const;

/** Idempotent: organizations that already have a subscription row (or are missing) are left alone. */
export async function seedBilling(log: (line: string) => void = console.log) {
  const added = await withPlatform(async (tx) => {
    const orgs = await tx.select({ id: organizations.id, slug: organizations.slug }).from(organizations).where(inArray(organizations.slug, DEMO_SUBSCRIPTIONS.map((d) => d.slug)));
    let count = 0;
    for (const demo of DEMO_SUBSCRIPTIONS) {
      const org = orgs.find((o) => o.slug === demo.slug);
      if (!org) continue;
      const [exists] = await tx.select({ id: billingSubscriptions.organizationId }).from(billingSubscriptions).where(eq(billingSubscriptions.organizationId, org.id));
      if (exists) continue;
      const now = Date.now();
      await tx.insert(billingSubscriptions).values({
        organizationId: org.id,
        stripeCustomerId: `cus_demo_${demo.slug}`,
        stripeSubscriptionId: `sub_demo_${demo.slug}`,
        plan: demo.plan,
        status: demo.status,
        currentPeriodEnd: new Date(now + demo.renewsInDays * DAY),
        graceUntil: demo.graceInDays === null ? null : new Date(now + demo.graceInDays * DAY),
        lastEventAt: new Date(now - DAY),
      });
      await tx.insert(planChanges).values(
        demo.history.map((h) => ({ organizationId: org.id, fromPlan: h.from, toPlan: h.to, source: h.source, reason: h.reason, createdAt: new Date(now - h.daysAgo * DAY) })),
      );
      count++;
    }
    return count;
  });
  log(`${added > 0 ? '+' : '='} billing: ${added} demo subscription${added === 1 ? '' : 's'} added`);
}
