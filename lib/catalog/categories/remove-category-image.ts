import { categories } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getStorage } from '@/lib/storage';
import { categoryInOrg, lockCategory } from './internal';
import type { CategoryIdInput } from './schemas';

/** Clears the category's image; the file is deleted after the change commits. */
export async function removeCategoryImage(ctx: OrgContext, input: CategoryIdInput) {
  requirePermission(ctx, 'catalog.manage');
  const previousKey = await ctx.tx(async (tx) => {
    const before = await lockCategory(tx, ctx.org.id, input.id);
    if (!before.imageKey) return null;
    await tx.update(categories).set({ imageKey: null }).where(categoryInOrg(ctx.org.id, before.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'category.image_removed',
      entityType: 'category',
      entityId: before.id,
      oldValues: { name: before.name, imageKey: before.imageKey },
      newValues: { name: before.name, imageKey: null },
    });
    return before.imageKey;
  });
  if (previousKey) await getStorage().delete(previousKey).catch(() => undefined);
  return { removed: previousKey !== null };
}
