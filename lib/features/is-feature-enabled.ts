import type { ORGANIZATION_PLANS } from '@/db/schema/values';

/** What deciding a flag needs: the flag's plans and dependencies. */
export type FlagRule = { key: string; plans: readonly string[]; dependsOn: readonly string[] };
/** What deciding a flag needs from the organization. */
export type FlagSubject = { plan: (typeof ORGANIZATION_PLANS)[number]; features: Record<string, unknown> };

/** The organization's own setting for a flag, or null when it follows its plan. */
export function overrideOf(org: FlagSubject, key: string): boolean | null {
  const value = org.features[key];
  return typeof value === 'boolean' ? value : null;
}

/** On by itself (override, else plan), ignoring dependencies. */
function onByItself(flag: FlagRule, org: FlagSubject) {
  return overrideOf(org, flag.key) ?? flag.plans.includes(org.plan);
}

function isOn(byKey: ReadonlyMap<string, FlagRule>, org: FlagSubject, key: string, path: ReadonlySet<string>): boolean {
  const flag = byKey.get(key);
  // An unknown key, or a key met again on its own dependency path (a cycle), is off.
  if (!flag || path.has(key)) return false;
  if (!onByItself(flag, org)) return false;
  const next = new Set(path).add(key);
  return flag.dependsOn.every((dep) => isOn(byKey, org, dep, next));
}

const indexed = (flags: Iterable<FlagRule>) => new Map([...flags].map((f) => [f.key, f]));

/**
 * The one rule for whether a feature is on for an organization: its override in
 * organizations.features if it has one, otherwise whether its plan is among the flag's plans;
 * and in either case only while every flag it depends on is on too. Unknown keys and
 * dependency cycles are off.
 */
export function isFeatureEnabled(flags: Iterable<FlagRule>, org: FlagSubject, key: string): boolean {
  return isOn(flags instanceof Map ? flags : indexed(flags), org, key, new Set());
}

/** The keys that are on for the organization, sorted. */
export function enabledFeatureKeys(flags: Iterable<FlagRule>, org: FlagSubject): string[] {
  const byKey = indexed(flags);
  return [...byKey.keys()].filter((key) => isOn(byKey, org, key, new Set())).sort();
}

export type FeatureState = {
  key: string;
  /** The organization's override, or null when it follows the plan. */
  override: boolean | null;
  /** Whether the plan alone turns it on. */
  planDefault: boolean;
  /** The answer isFeatureEnabled gives. */
  enabled: boolean;
  /** Direct dependencies that are off (why a flag that is on by itself is still off). */
  blockedBy: string[];
};

/** Each flag's state for one organization, with the reasons, for the back office. */
export function featureStates(flags: Iterable<FlagRule>, org: FlagSubject): FeatureState[] {
  const byKey = indexed(flags);
  return [...byKey.values()].map((flag) => {
    const enabled = isOn(byKey, org, flag.key, new Set());
    const byItself = onByItself(flag, org);
    return {
      key: flag.key,
      override: overrideOf(org, flag.key),
      planDefault: flag.plans.includes(org.plan),
      enabled,
      blockedBy: enabled || !byItself ? [] : flag.dependsOn.filter((dep) => !isOn(byKey, org, dep, new Set([flag.key]))),
    };
  });
}
