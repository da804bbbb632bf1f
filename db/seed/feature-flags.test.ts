import { describe, expect, it } from 'vitest';
import { withPlatform } from '../scope';
import { featureFlags } from '../schema';
import { dependencyCycle } from '../../lib/features/dependencies';
import { FEATURE_FLAGS, seedFeatureFlags } from './feature-flags';

describe('seedFeatureFlags', () => {
  it('adds the flags once, keeps back-office edits, and their dependencies exist without cycles', async () => {
    await seedFeatureFlags(() => {});
    await withPlatform((tx) => tx.update(featureFlags).set({ plans: ['enterprise'] }));
    await seedFeatureFlags(() => {});
    const rows = await withPlatform((tx) => tx.select().from(featureFlags));
    expect(rows.map((r) => r.key).sort()).toEqual(FEATURE_FLAGS.map((f) => f.key).sort());
    expect(rows.every((r) => r.plans.join() === 'enterprise')).toBe(true);
    const keys = new Set(rows.map((r) => r.key));
    for (const flag of rows) {
      expect(flag.dependsOn.every((dep) => keys.has(dep))).toBe(true);
      expect(dependencyCycle(rows, flag.key, flag.dependsOn)).toBeNull();
    }
  });
});
