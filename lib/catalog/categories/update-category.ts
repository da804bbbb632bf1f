import { categories } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { catalogSlugFor } from '../slug';
import { categoryInOrg, lockCategory, rethrowSlugConflict } from './internal';
import type { UpdateCategoryInput } from './schemas';

/** Rename, new slug, description, SEO fields, active or not. Moving is moveCategory. */
export async function updateCategory(ctx: OrgContext, input: UpdateCategoryInput) {
  requirePermission(ctx, 'catalog.manage');
  const changes = {
    name: input.name,
    slug: input.slug || catalogSlugFor(input.name, 'category'),
    description: input.description,
    metaTitle: input.metaTitle,
    metaDescription: input.metaDescription,
    isActive: input.isActive,
  };
  try {
    return await ctx.tx(async (tx) => {
      const before = await lockCategory(tx, ctx.org.id, input.id);
      const { oldValues, newValues, changed } = diff(before, changes);
      if (!changed) return before;
      const [updated] = await tx.update(categories).set(changes).where(categoryInOrg(ctx.org.id, before.id)).returning();
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'category.updated',
        entityType: 'category',
        entityId: before.id,
        oldValues,
        newValues,
      });
      return updated!;
    });
  } catch (e) {
    rethrowSlugConflict(e);
  }
}
