import type { Tx } from '@/db/client';
import { categories, type Category } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { withFreeSlug } from '@/lib/catalog/products/free-slug';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { CATEGORY_SLUG_KEY, categoryInOrg, lockCategory, rethrowSlugConflict } from './internal';
import type { UpdateCategoryInput } from './schemas';

/**
 * Rename, new slug, description, SEO fields, active or not. Moving is moveCategory. An empty
 * slug is made from the name, numbered when another category has it (as createCategory does).
 */
export async function updateCategory(ctx: OrgContext, input: UpdateCategoryInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const fields = {
    name: input.name,
    description: input.description,
    metaTitle: input.metaTitle,
    metaDescription: input.metaDescription,
    isActive: input.isActive,
  };
  try {
    return await ctx.tx(async (tx) => {
      const before = await lockCategory(tx, orgId, input.id);
      const save = async (sp: Tx, slug: string): Promise<Category> => {
        const { oldValues, newValues, changed } = diff(before, { ...fields, slug });
        if (!changed) return before;
        const [updated] = await sp
          .update(categories)
          .set({ ...fields, slug })
          .where(categoryInOrg(orgId, before.id))
          .returning();
        await recordAudit(sp, ctx.actor, { organizationId: orgId, action: 'category.updated', entityType: 'category', entityId: before.id, oldValues, newValues });
        return updated!;
      };
      if (input.slug) return save(tx, input.slug);
      return withFreeSlug(tx, { table: categories, constraint: CATEGORY_SLUG_KEY, orgId, name: input.name, fallback: 'category', excludeId: before.id }, save);
    });
  } catch (e) {
    rethrowSlugConflict(e);
  }
}
