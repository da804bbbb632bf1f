import { and, eq } from 'drizzle-orm';
import { productImages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { lockProduct } from '@/lib/catalog/products/lock-product';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getImageInOrg } from './internal';
import type { ProductImageInput } from './schemas';

/** Makes one image the product's primary (the one lists and the storefront card show). */
export async function setPrimaryImage(ctx: OrgContext, input: ProductImageInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const image = await getImageInOrg(tx, orgId, input.imageId);
    await lockProduct(tx, orgId, image.productId);
    const ofProduct = and(eq(productImages.organizationId, orgId), eq(productImages.productId, image.productId));
    // Clear the old primary first: the partial unique index allows one per product at any moment.
    const previous = await tx
      .update(productImages)
      .set({ isPrimary: false })
      .where(and(ofProduct, eq(productImages.isPrimary, true)))
      .returning({ id: productImages.id });
    await tx.update(productImages).set({ isPrimary: true }).where(and(ofProduct, eq(productImages.id, image.id)));
    if (previous[0]?.id !== image.id) {
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'product.primary_image_set',
        entityType: 'product',
        entityId: image.productId,
        oldValues: { primaryImageId: previous[0]?.id ?? null },
        newValues: { primaryImageId: image.id },
      });
    }
    return { imageId: image.id };
  });
}
