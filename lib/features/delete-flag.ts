import { eq, sql } from 'drizzle-orm';
import { featureFlags, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { conflict, notFound } from '@/lib/server/errors';
import { loadFlags, lockFlagGraph } from './internal';
import type { DeleteFlagInput } from './schemas';

/**
 * Removes a flag, refused while another flag depends on it. Organizations' overrides of it go
 * too, so a flag created later under the same key starts from its plans.
 */
export async function deleteFlag(ctx: AdminContext, input: DeleteFlagInput) {
  requirePlatformPermission(ctx, 'flags.manage');
  return ctx.tx(async (tx) => {
    await lockFlagGraph(tx);
    const flags = await loadFlags(tx);
    const flag = flags.find((f) => f.key === input.key);
    if (!flag) throw notFound('Feature flag');
    const dependents = flags.filter((f) => f.dependsOn.includes(flag.key));
    if (dependents.length > 0) {
      throw conflict(`${flag.name} cannot be deleted while ${dependents.map((f) => f.name).join(', ')} depend${dependents.length === 1 ? 's' : ''} on it.`);
    }
    await tx.delete(featureFlags).where(eq(featureFlags.key, flag.key));
    const cleared = await tx
      .update(organizations)
      .set({ features: sql`${organizations.features} - ${flag.key}::text` })
      .where(sql`${organizations.features} ? ${flag.key}::text`)
      .returning({ id: organizations.id });
    const { createdAt: _c, updatedAt: _u, ...oldValues } = flag;
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'feature_flag.deleted',
      entityType: 'feature_flag',
      entityId: flag.key,
      oldValues: { ...oldValues, organizationOverrides: cleared.length },
    });
    return { key: flag.key, overridesRemoved: cleared.length };
  });
}
