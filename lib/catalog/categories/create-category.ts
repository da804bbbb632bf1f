import { categories } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { catalogSlugFor } from '../slug';
import { auditFields, lockCategory, nextSortOrder, rethrowSlugConflict } from './internal';
import type { CreateCategoryInput } from './schemas';

/** Adds a category at the end of its parent's children (or of the top level). */
export async function createCategory(ctx: OrgContext, input: CreateCategoryInput) {
  requirePermission(ctx, 'catalog.manage');
  const slug = input.slug || catalogSlugFor(input.name, 'category');
  try {
    return await ctx.tx(async (tx) => {
      // Shared lock: the parent cannot be deleted or moved away until this child is in.
      if (input.parentId) await lockCategory(tx, ctx.org.id, input.parentId, 'share', 'Parent category');
      const [created] = await tx
        .insert(categories)
        .values({
          organizationId: ctx.org.id,
          parentId: input.parentId,
          name: input.name,
          slug,
          description: input.description,
          metaTitle: input.metaTitle,
          metaDescription: input.metaDescription,
          isActive: input.isActive,
          sortOrder: await nextSortOrder(tx, ctx.org.id, input.parentId),
        })
        .returning();
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'category.created',
        entityType: 'category',
        entityId: created!.id,
        newValues: auditFields(created!),
      });
      return created!;
    });
  } catch (e) {
    rethrowSlugConflict(e);
  }
}
