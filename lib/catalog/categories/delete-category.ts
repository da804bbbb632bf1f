import { and, count, eq, isNull } from 'drizzle-orm';
import { categories, products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { getStorage } from '@/lib/storage';
import { auditFields, categoryInOrg, lockCategory } from './internal';
import type { CategoryIdInput } from './schemas';

/**
 * Soft-deletes a category that has no subcategories; its products stay, without a category.
 * The row lock makes a parallel "add a subcategory here" wait, then fail (it locks the parent
 * for share), so a deleted category never ends up with live children.
 */
export async function deleteCategory(ctx: OrgContext, input: CategoryIdInput) {
  requirePermission(ctx, 'catalog.manage');
  const result = await ctx.tx(async (tx) => {
    const before = await lockCategory(tx, ctx.org.id, input.id);
    const [children] = await tx
      .select({ n: count() })
      .from(categories)
      .where(and(eq(categories.organizationId, ctx.org.id), eq(categories.parentId, before.id), isNull(categories.deletedAt)));
    if (children!.n > 0) {
      const what = children!.n === 1 ? '1 subcategory' : `${children!.n} subcategories`;
      throw conflict(`“${before.name}” still has ${what}. Move or delete them first.`);
    }
    const unlinked = await tx
      .update(products)
      .set({ categoryId: null })
      .where(and(eq(products.organizationId, ctx.org.id), eq(products.categoryId, before.id)))
      .returning({ id: products.id, deletedAt: products.deletedAt });
    await tx.update(categories).set({ deletedAt: new Date(), imageKey: null }).where(categoryInOrg(ctx.org.id, before.id));
    const productsUncategorised = unlinked.filter((p) => !p.deletedAt).length;
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'category.deleted',
      entityType: 'category',
      entityId: before.id,
      oldValues: { ...auditFields(before), imageKey: before.imageKey },
      newValues: { productsUncategorised },
    });
    return { id: before.id, imageKey: before.imageKey, productsUncategorised };
  });
  // Nothing shows the image of a deleted category any more.
  if (result.imageKey) await getStorage().delete(result.imageKey).catch(() => undefined);
  return { id: result.id, productsUncategorised: result.productsUncategorised };
}
