import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { featureFlags } from '@/db/schema';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { getEnabledFeatures } from './get-enabled-features';
import { requireFeature } from './require-feature';

const seedFlags = () =>
  withPlatform((tx) =>
    tx.insert(featureFlags).values([
      { key: 'rf_deliveries', name: 'Courier deliveries', plans: ['basic', 'pro', 'enterprise'] },
      { key: 'rf_photo', name: 'Photo proof of delivery', plans: ['pro', 'enterprise'], dependsOn: ['rf_deliveries'] },
    ]),
  );

// The platform's own flags are seeded too; these tests look at theirs only.
const own = (keys: string[]) => keys.filter((k) => k.startsWith('rf_'));

describe('getEnabledFeatures and requireFeature (dashboard side)', () => {
  it('reads the enabled features in the organization scope, overrides included', async () => {
    await seedFlags();
    const { org, owner } = await createOrganization({ plan: 'pro', features: { rf_deliveries: false } });
    const ctx = await orgContextFor(owner, org);
    expect(own(await ctx.tx((tx) => getEnabledFeatures(tx, ctx.org)))).toEqual([]);

    const { org: basic, owner: basicOwner } = await createOrganization({ plan: 'basic' });
    const basicCtx = await orgContextFor(basicOwner, basic);
    expect(own(await basicCtx.tx((tx) => getEnabledFeatures(tx, basicCtx.org)))).toEqual(['rf_deliveries']);

    await expect(requireFeature(basicCtx, 'rf_deliveries')).resolves.toBeUndefined();
    await expect(requireFeature(basicCtx, 'rf_photo')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "Photo proof of delivery is not part of this organization's plan.",
    });
    await expect(requireFeature(basicCtx, 'rf_unknown')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "rf_unknown is not part of this organization's plan.",
    });
  });
});
