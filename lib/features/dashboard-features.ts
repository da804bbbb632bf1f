import 'server-only';
import { cache } from 'react';
import type { OrgContext } from '@/lib/server/context';
import { getEnabledFeatures } from './get-enabled-features';

/**
 * The features on for the dashboard's organization, read once per request: the layout's menu,
 * the settings tabs and a gated page share the answer (requireOrgContext hands them the same
 * context object, which keys this cache).
 */
export const dashboardFeatures = cache((ctx: OrgContext): Promise<readonly string[]> => ctx.tx((tx) => getEnabledFeatures(tx, ctx.org)));

/** Whether the page's organization has a feature (pages decide what to show with it; verbs use requireFeature). */
export async function hasFeature(ctx: OrgContext, key: string): Promise<boolean> {
  return (await dashboardFeatures(ctx)).includes(key);
}
