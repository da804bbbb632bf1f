import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal, withPlatform } from '@/db/scope';
import { billingSubscriptions, emailOutbox, organizations, planChanges } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { stopBoss } from '@/lib/jobs/boss';
import { runQueuedJobs } from '@/lib/jobs/testing';
import { linkCustomer } from './testing/billing-fixtures';
import { enforceGracePeriods } from './enforce-grace-periods';

afterAll(() => stopBoss());

const DAY = 86_400_000;

async function orgInGrace(graceUntil: Date) {
  const { org, owner } = await createOrganization({ plan: 'pro' });
  await linkCustomer(org.id, { stripeSubscriptionId: `sub_${org.id}`, plan: 'pro', status: 'past_due', graceUntil });
  return { org, owner };
}

const stateOf = (orgId: string) =>
  withPlatform(async (tx) => {
    const [org] = await tx.select({ plan: organizations.plan }).from(organizations).where(eq(organizations.id, orgId));
    const [sub] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.organizationId, orgId));
    const changes = await tx.select().from(planChanges).where(eq(planChanges.organizationId, orgId));
    return { plan: org!.plan, sub: sub!, changes };
  });

describe('enforceGracePeriods', () => {
  it('does nothing before the grace period ends', async () => {
    const graceUntil = new Date(Date.now() + 2 * DAY);
    const { org } = await orgInGrace(graceUntil);
    await enforceGracePeriods(new Date(graceUntil.getTime() - 1000));
    const state = await stateOf(org.id);
    expect(state.plan).toBe('pro');
    expect(state.sub.graceUntil).toEqual(graceUntil);
    expect(state.changes).toEqual([]);
  });

  it('after it, moves the organization to Free once (however often it runs) and emails the owner what Free allows', async () => {
    const graceUntil = new Date(Date.now() - 1000);
    const { org, owner } = await orgInGrace(graceUntil);
    const now = new Date();
    await Promise.all([enforceGracePeriods(now), enforceGracePeriods(now)]);
    await enforceGracePeriods(now);
    const state = await stateOf(org.id);
    expect(state.plan).toBe('free');
    expect(state.sub.graceUntil).toBeNull();
    expect(state.changes).toMatchObject([{ fromPlan: 'pro', toPlan: 'free', source: 'grace_period' }]);

    await runQueuedJobs('send-email');
    const mail = await withGlobal((tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.to, owner.email)));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`${org.name} has moved to the Free plan`);
    expect(mail[0]!.text).toContain('50 products');
    expect(mail[0]!.text).toContain('100 orders a month');
  });

  it('leaves a subscription that was paid meanwhile alone', async () => {
    const { org } = await createOrganization({ plan: 'pro' });
    await linkCustomer(org.id, { plan: 'pro', status: 'active', graceUntil: new Date(Date.now() - DAY) });
    await enforceGracePeriods(new Date());
    expect((await stateOf(org.id)).plan).toBe('pro');
  });
});
