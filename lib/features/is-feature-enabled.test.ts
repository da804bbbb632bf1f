import { describe, expect, it } from 'vitest';
import { dependencyCycle } from './dependencies';
import { enabledFeatureKeys, featureStates, isFeatureEnabled, type FlagRule, type FlagSubject } from './is-feature-enabled';

const flag = (key: string, plans: string[], dependsOn: string[] = []): FlagRule => ({ key, plans, dependsOn });
const org = (plan: FlagSubject['plan'], features: Record<string, unknown> = {}): FlagSubject => ({ plan, features });

const deliveries = flag('deliveries', ['basic', 'pro', 'enterprise']);
const photoProof = flag('delivery_photo_proof', ['pro', 'enterprise'], ['deliveries']);
const flags = [deliveries, photoProof];

describe('isFeatureEnabled', () => {
  it('follows the plan when the organization has no override', () => {
    expect(isFeatureEnabled(flags, org('basic'), 'deliveries')).toBe(true);
    expect(isFeatureEnabled(flags, org('free'), 'deliveries')).toBe(false);
  });

  it('lets an override turn a flag on outside its plans, or off inside them', () => {
    expect(isFeatureEnabled(flags, org('free', { deliveries: true }), 'deliveries')).toBe(true);
    expect(isFeatureEnabled(flags, org('enterprise', { deliveries: false }), 'deliveries')).toBe(false);
  });

  it('ignores override values that are not booleans', () => {
    expect(isFeatureEnabled(flags, org('free', { deliveries: 'yes' }), 'deliveries')).toBe(false);
  });

  it('is off while a dependency is off, even when overridden on', () => {
    expect(isFeatureEnabled(flags, org('pro'), 'delivery_photo_proof')).toBe(true);
    expect(isFeatureEnabled(flags, org('pro', { deliveries: false }), 'delivery_photo_proof')).toBe(false);
    expect(isFeatureEnabled(flags, org('free', { delivery_photo_proof: true }), 'delivery_photo_proof')).toBe(false);
    expect(isFeatureEnabled(flags, org('free', { delivery_photo_proof: true, deliveries: true }), 'delivery_photo_proof')).toBe(true);
  });

  it('follows dependencies all the way down', () => {
    const chain = [flag('a', ['pro'], ['b']), flag('b', ['pro'], ['c']), flag('c', ['enterprise'])];
    expect(isFeatureEnabled(chain, org('pro'), 'a')).toBe(false);
    expect(isFeatureEnabled(chain, org('pro', { c: true }), 'a')).toBe(true);
  });

  it('treats a dependency cycle as off', () => {
    const cyclic = [flag('a', ['pro'], ['b']), flag('b', ['pro'], ['a']), flag('self', ['pro'], ['self'])];
    expect(isFeatureEnabled(cyclic, org('pro'), 'a')).toBe(false);
    expect(isFeatureEnabled(cyclic, org('pro'), 'b')).toBe(false);
    expect(isFeatureEnabled(cyclic, org('pro', { self: true }), 'self')).toBe(false);
  });

  it('treats an unknown key, or a dependency on one, as off', () => {
    expect(isFeatureEnabled(flags, org('enterprise', { nope: true }), 'nope')).toBe(false);
    expect(isFeatureEnabled([flag('x', ['pro'], ['gone'])], org('pro'), 'x')).toBe(false);
  });

  it('shares one diamond-shaped dependency without calling it a cycle', () => {
    const diamond = [flag('top', ['pro'], ['left', 'right']), flag('left', ['pro'], ['base']), flag('right', ['pro'], ['base']), flag('base', ['pro'])];
    expect(isFeatureEnabled(diamond, org('pro'), 'top')).toBe(true);
  });
});

describe('enabledFeatureKeys and featureStates', () => {
  it('lists the keys that are on, sorted', () => {
    expect(enabledFeatureKeys(flags, org('pro'))).toEqual(['deliveries', 'delivery_photo_proof']);
    expect(enabledFeatureKeys(flags, org('basic'))).toEqual(['deliveries']);
  });

  it('explains each state: override, plan default and the dependency that blocks it', () => {
    const states = featureStates(flags, org('pro', { deliveries: false }));
    expect(states).toEqual([
      { key: 'deliveries', override: false, planDefault: true, enabled: false, blockedBy: [] },
      { key: 'delivery_photo_proof', override: null, planDefault: true, enabled: false, blockedBy: ['deliveries'] },
    ]);
  });
});

describe('dependencyCycle', () => {
  const stored = [flag('a', [], ['b']), flag('b', [], ['c']), flag('c', [])];

  it('finds the path back to the flag', () => {
    expect(dependencyCycle(stored, 'c', ['a'])).toEqual(['c', 'a', 'b', 'c']);
    expect(dependencyCycle(stored, 'c', ['c'])).toEqual(['c', 'c']);
  });

  it('is null when the graph stays acyclic', () => {
    expect(dependencyCycle(stored, 'a', ['b', 'c'])).toBeNull();
    expect(dependencyCycle(stored, 'new', ['a'])).toBeNull();
  });
});
