import { featureFlags } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { assertValidDependencies, loadFlags, lockFlagGraph, uniqueSorted } from './internal';
import { FLAG_PLANS, type CreateFlagInput } from './schemas';

/** Adds a flag; organizations get it as its plans and dependencies say. */
export async function createFlag(ctx: AdminContext, input: CreateFlagInput) {
  requirePlatformPermission(ctx, 'flags.manage');
  return ctx.tx(async (tx) => {
    await lockFlagGraph(tx);
    const flags = await loadFlags(tx);
    if (flags.some((f) => f.key === input.key)) {
      throw conflict(`A flag with the key ${input.key} already exists.`, { key: ['A flag with this key already exists.'] });
    }
    const dependsOn = uniqueSorted(input.dependsOn);
    assertValidDependencies(flags, input.key, dependsOn);
    const values = {
      key: input.key,
      name: input.name,
      description: input.description || null,
      category: input.category,
      isBeta: input.isBeta,
      isPremium: input.isPremium,
      dependsOn,
      plans: FLAG_PLANS.filter((p) => input.plans.includes(p)),
    };
    const [flag] = await tx.insert(featureFlags).values(values).returning();
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'feature_flag.created',
      entityType: 'feature_flag',
      entityId: flag!.key,
      newValues: values,
    });
    return flag!;
  });
}
