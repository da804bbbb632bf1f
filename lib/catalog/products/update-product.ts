import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { productAttributes, productRelations, products } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { auditSnapshot, checkCategory, checkRelated, productColumns, replaceProductChildren, rethrowUniqueConflict } from './product-writes';
import type { UpdateProductInput } from './schemas';

/**
 * Saves the editor: the product's fields, its specifications and related products (replaced
 * as a whole) in one transaction. An empty slug keeps the current one. Prices stay in the
 * product's own currency. The first time it becomes active it gets its publication date.
 */
export async function updateProduct(ctx: OrgContext, input: UpdateProductInput): Promise<{ id: string; slug: string; changed: boolean }> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const { id, ...fields } = input;
  try {
    return await ctx.tx(async (tx) => {
      const before = await getProductInOrg(tx, orgId, id);
      await checkCategory(tx, orgId, fields.categoryId);
      await checkRelated(tx, orgId, fields.relatedProductIds, id);
      const slug = fields.slug ?? before.slug;
      const beforeAttributes = await tx
        .select({ name: productAttributes.name, value: productAttributes.value })
        .from(productAttributes)
        .where(and(eq(productAttributes.organizationId, orgId), eq(productAttributes.productId, id)))
        .orderBy(asc(productAttributes.sortOrder));
      const beforeRelated = await tx
        .select({ id: productRelations.relatedProductId })
        .from(productRelations)
        .where(and(eq(productRelations.organizationId, orgId), eq(productRelations.productId, id), eq(productRelations.kind, 'related')))
        .orderBy(asc(productRelations.sortOrder));
      const changes = diff(
        auditSnapshot(before, { attributes: beforeAttributes, relatedProductIds: beforeRelated.map((r) => r.id) }),
        auditSnapshot({ ...fields, slug }, fields),
      );
      if (!changes.changed) return { id, slug, changed: false };

      await tx
        .update(products)
        .set({
          ...productColumns(fields),
          slug,
          publishedAt: before.publishedAt ?? (fields.status === 'active' ? new Date() : null),
          updatedById: ctx.actor.userId,
        })
        .where(and(eq(products.organizationId, orgId), eq(products.id, id)));
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
