import { getOrganizationById } from '@/lib/admin/internal';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { loadFlags } from './internal';
import { featureStates } from './is-feature-enabled';

/** Each flag with its state for one organization (override, plan default, effective), for the tenant page. */
export async function getOrganizationFeatures(ctx: AdminContext, input: { organizationId: string }) {
  requirePlatformPermission(ctx, 'flags.manage');
  return ctx.tx(async (tx) => {
    const org = await getOrganizationById(tx, input.organizationId);
    const flags = await loadFlags(tx);
    const states = new Map(featureStates(flags, org).map((s) => [s.key, s]));
    return flags.map((flag) => ({ ...flag, ...states.get(flag.key)! }));
  });
}
