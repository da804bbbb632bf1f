import 'server-only';
import type { Tx } from '@/db/client';
import { loadFlags } from './internal';
import { enabledFeatureKeys, type FlagSubject } from './is-feature-enabled';

/** The keys of the features that are on for the organization, sorted (see isFeatureEnabled). */
export async function getEnabledFeatures(tx: Tx, org: FlagSubject): Promise<string[]> {
  return enabledFeatureKeys(await loadFlags(tx), org);
}
