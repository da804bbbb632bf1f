import type { Tx } from '@/db/client';
import { categories } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { withFreeSlug } from '@/lib/catalog/products/free-slug';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { auditFields, CATEGORY_SLUG_KEY, lockCategory, nextSortOrder, rethrowSlugConflict } from './internal';
import type { CreateCategoryInput } from './schemas';

/**
 * Adds a category at the end of its parent's children (or of the top level). An empty slug is
 * made from the name and numbered when taken (`shoes-2`), also when a parallel create takes it
 * first; a slug someone typed that is taken is refused on the field.
 */
export async function createCategory(ctx: OrgContext, input: CreateCategoryInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  try {
    return await ctx.tx(async (tx) => {
      // Shared lock: the parent cannot be deleted or moved away until this child is in.
      if (input.parentId) await lockCategory(tx, orgId, input.parentId, 'share', 'Parent category');
      const sortOrder = await nextSortOrder(tx, orgId, input.parentId);
      const insert = async (sp: Tx, slug: string) => {
        const [row] = await sp
          .insert(categories)
          .values({
            organizationId: orgId,
            parentId: input.parentId,
            name: input.name,
            slug,
            description: input.description,
            metaTitle: input.metaTitle,
            metaDescription: input.metaDescription,
            isActive: input.isActive,
            sortOrder,
          })
          .returning();
        return row!;
      };
      const created = input.slug
        ? await insert(tx, input.slug)
        : await withFreeSlug(tx, { table: categories, constraint: CATEGORY_SLUG_KEY, orgId, name: input.name, fallback: 'category' }, insert);
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'category.created',
        entityType: 'category',
        entityId: created.id,
        newValues: auditFields(created),
      });
      return created;
    });
  } catch (e) {
    rethrowSlugConflict(e);
  }
}
