import { and, asc, eq, sql } from 'drizzle-orm';
import { productImages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { lockProduct } from '@/lib/catalog/products/lock-product';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import type { ReorderProductImagesInput } from './schemas';

/**
 * Puts a product's images in the given order; the list must be exactly its images. The order
 * it already has changes nothing; otherwise the audit row keeps the old order and the new.
 */
export async function reorderProductImages(ctx: OrgContext, input: ReorderProductImagesInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const product = await lockProduct(tx, orgId, input.productId);
    const current = await tx
      .select({ id: productImages.id })
      .from(productImages)
      .where(and(eq(productImages.organizationId, orgId), eq(productImages.productId, product.id)))
      .orderBy(asc(productImages.sortOrder), asc(productImages.createdAt));
    const before = current.map((r) => r.id);
    const ids = new Set(before);
    const wanted = new Set(input.imageIds);
    if (wanted.size !== input.imageIds.length || wanted.size !== ids.size || input.imageIds.some((id) => !ids.has(id))) {
      throw invalid('The images changed while you were reordering them. Reload the page and try again.');
    }
    if (before.every((id, i) => id === input.imageIds[i])) return { imageIds: before };

    const rows = sql.join(input.imageIds.map((id, i) => sql`(${id}, ${i}::int)`), sql`, `);
    await tx.execute(sql`
      update ${productImages} set sort_order = x.sort_order
      from (values ${rows}) as x(id, sort_order)
      where ${productImages.id} = x.id and ${productImages.organizationId} = ${orgId} and ${productImages.productId} = ${product.id}`);
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'product.images_reordered',
      entityType: 'product',
      entityId: product.id,
      oldValues: { imageIds: before },
      newValues: { imageIds: input.imageIds },
    });
    return { imageIds: input.imageIds };
  });
}
