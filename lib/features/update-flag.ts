import { eq } from 'drizzle-orm';
import { featureFlags } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { assertValidDependencies, loadFlags, lockFlagGraph, uniqueSorted } from './internal';
import { FLAG_PLANS, type UpdateFlagInput } from './schemas';

/** Edits a flag (not its key); saving it unchanged writes nothing. */
export async function updateFlag(ctx: AdminContext, input: UpdateFlagInput) {
  requirePlatformPermission(ctx, 'flags.manage');
  return ctx.tx(async (tx) => {
    await lockFlagGraph(tx);
    const flags = await loadFlags(tx);
    const before = flags.find((f) => f.key === input.key);
    if (!before) throw notFound('Feature flag');
    const dependsOn = uniqueSorted(input.dependsOn);
    assertValidDependencies(flags, input.key, dependsOn);
    const after = {
      name: input.name,
      description: input.description || null,
      category: input.category,
      isBeta: input.isBeta,
      isPremium: input.isPremium,
      dependsOn,
      plans: FLAG_PLANS.filter((p) => input.plans.includes(p)),
    };
    const { oldValues, newValues, changed } = diff(before, after);
    if (!changed) return { changed: false, flag: before };
    const [flag] = await tx.update(featureFlags).set(after).where(eq(featureFlags.key, before.key)).returning();
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'feature_flag.updated',
      entityType: 'feature_flag',
      entityId: before.key,
      oldValues,
      newValues,
    });
    return { changed: true, flag: flag! };
  });
}
