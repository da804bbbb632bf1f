import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { checkCategory, lockSelectedProducts } from './product-checks';
import type { BulkUpdateProductsInput } from './schemas';

const AUDIT_ACTIONS = { publish: 'product.published', archive: 'product.archived', set_category: 'product.category_changed' } as const;

/**
 * Publish (active, with a publication date if it never had one), archive (inactive), or move
 * to a category (or none), for up to 100 products at once. All or nothing: an id that is not
 * one of this organization's live products changes nothing. One audit row per product that
 * changed, so each product's own history stays complete.
 */
export async function bulkUpdateProducts(ctx: OrgContext, input: BulkUpdateProductsInput): Promise<{ updated: number }> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const rows = await lockSelectedProducts(tx, orgId, input.ids);
    if (input.action === 'set_category') await checkCategory(tx, orgId, input.categoryId);

    const field = input.action === 'set_category' ? 'categoryId' : 'status';
    const target = input.action === 'set_category' ? input.categoryId : input.action === 'publish' ? 'active' : 'inactive';
    const changed = rows.filter((r) => r[field] !== target);
    if (changed.length === 0) return { updated: 0 };

    const set =
      input.action === 'set_category'
        ? { categoryId: input.categoryId }
        : input.action === 'publish'
          ? { status: 'active' as const, publishedAt: sql`coalesce(${products.publishedAt}, now())` }
          : { status: 'inactive' as const };
    const ids = changed.map((r) => r.id);
    await tx
      .update(products)
      .set({ ...set, updatedById: ctx.actor.userId })
      .where(and(eq(products.organizationId, orgId), inArray(products.id, ids)));
    for (const row of changed) {
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: AUDIT_ACTIONS[input.action],
        entityType: 'product',
        entityId: row.id,
        oldValues: { [field]: row[field] },
        newValues: { [field]: target },
      });
    }
    return { updated: changed.length };
  });
}
