import { and, asc, eq } from 'drizzle-orm';
import { productImages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { lockProduct } from '@/lib/catalog/products/lock-product';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getStorage } from '@/lib/storage';
import { getImageInOrg } from './internal';
import type { ProductImageInput } from './schemas';

/**
 * Removes an image. Variants that showed it fall back to none (FK on delete set null); if it
 * was the primary, the next image in order takes over. Its files go once the row is gone for
 * good (after commit), so a rolled-back delete never leaves a row without its file.
 */
export async function deleteProductImage(ctx: OrgContext, input: ProductImageInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const { image, nextPrimaryId } = await ctx.tx(async (tx) => {
    const image = await getImageInOrg(tx, orgId, input.imageId);
    await lockProduct(tx, orgId, image.productId);
    await tx.delete(productImages).where(and(eq(productImages.organizationId, orgId), eq(productImages.id, image.id)));
    let nextPrimaryId: string | null = null;
    if (image.isPrimary) {
      const [next] = await tx
        .select({ id: productImages.id })
        .from(productImages)
        .where(and(eq(productImages.organizationId, orgId), eq(productImages.productId, image.productId)))
        .orderBy(asc(productImages.sortOrder), asc(productImages.createdAt))
        .limit(1);
      if (next) {
        await tx.update(productImages).set({ isPrimary: true }).where(and(eq(productImages.organizationId, orgId), eq(productImages.id, next.id)));
        nextPrimaryId = next.id;
      }
    }
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'product_image.deleted',
      entityType: 'product_image',
      entityId: image.id,
      oldValues: { productId: image.productId, storageKey: image.storageKey, altText: image.altText, isPrimary: image.isPrimary },
      newValues: { primaryImageId: nextPrimaryId },
    });
    return { image, nextPrimaryId };
  });
  const storage = getStorage();
  // A file left behind is harmless (its key is never reused); a failed delete must not fail the request.
  await Promise.all([image.storageKey, image.thumbnailKey].map((key) => storage.delete(key).catch(() => undefined)));
  return { imageId: image.id, nextPrimaryId };
}
