import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { products } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { lockProduct } from './lock-product';
import { checkCategory, checkRelated, checkVariantPriceFloor } from './product-checks';
import { auditSnapshot, productColumns, readProductChildren, replaceProductChildren, rethrowUniqueConflict } from './product-writes';
import type { UpdateProductInput } from './schemas';

/**
 * Saves the editor: the product's fields, its specifications and related products (replaced
 * as a whole) in one transaction on the locked product. An empty slug keeps the current one.
 * Prices stay in the product's own currency, and may not go below a variant's discount. The
 * first time it becomes active it gets its publication date.
 */
export async function updateProduct(ctx: OrgContext, input: UpdateProductInput): Promise<{ id: string; slug: string; changed: boolean }> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const { id, ...fields } = input;
  try {
    return await ctx.tx(async (tx) => {
      const before = await lockProduct(tx, orgId, id);
      await checkCategory(tx, orgId, fields.categoryId);
      await checkRelated(tx, orgId, fields.relatedProductIds, id);
      const slug = fields.slug ?? before.slug;
      const changes = diff(auditSnapshot(before, await readProductChildren(tx, orgId, id)), auditSnapshot({ ...fields, slug }, fields));
      if (!changes.changed) return { id, slug, changed: false };
      if ((fields.salePrice ?? fields.basePrice) < before.price) await checkVariantPriceFloor(tx, before, fields, ctx.org.defaultLocale);

      const updated = await tx
        .update(products)
        .set({
          ...productColumns(fields),
          slug,
          publishedAt: before.publishedAt ?? (fields.status === 'active' ? new Date() : null),
          updatedById: ctx.actor.userId,
        })
        .where(and(eq(products.organizationId, orgId), eq(products.id, id), isNull(products.deletedAt)))
        .returning({ id: products.id });
      if (updated.length === 0) throw notFound('Product');
      await replaceProductChildren(tx, orgId, id, fields);
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'product.updated',
        entityType: 'product',
        entityId: id,
        oldValues: changes.oldValues,
        newValues: changes.newValues,
      });
      return { id, slug, changed: true };
    });
  } catch (e) {
    rethrowUniqueConflict(e);
  }
}
