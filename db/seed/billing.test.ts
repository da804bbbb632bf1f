import { describe, expect, it } from 'vitest';
import { withPlatform } from '../scope';
import { billingSubscriptions, planChanges } from '../schema';
import { createOrganization } from '../test/factories';
import { seedBilling } from './billing';

describe('seedBilling', () => {
  it('gives the demo stores their subscriptions and plan history once, however often it runs', async () => {
    for (const slug of ['acme', 'bazaar', 'inkwell']) await createOrganization({ slug });
    await seedBilling(() => {});
    await seedBilling(() => {});
    const subs = await withPlatform((tx) => tx.select().from(billingSubscriptions));
    expect(subs.map((s) => [s.plan, s.status]).sort()).toEqual([['basic', 'past_due'], ['enterprise', 'active'], ['pro', 'active']]);
    expect(subs.find((s) => s.status === 'past_due')!.graceUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await withPlatform((tx) => tx.select().from(planChanges))).toHaveLength(3);
  });
});
