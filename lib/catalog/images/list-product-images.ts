import { and, asc, eq } from 'drizzle-orm';
import { productImages } from '@/db/schema';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { fileUrl } from '@/lib/storage';

/** A product's images in gallery order, with the URLs the dashboard and storefront use. */
export async function listProductImages(ctx: OrgContext, productId: string) {
  requirePermission(ctx, 'catalog.view');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const product = await getProductInOrg(tx, orgId, productId);
    const rows = await tx
      .select()
      .from(productImages)
      .where(and(eq(productImages.organizationId, orgId), eq(productImages.productId, product.id)))
      .orderBy(asc(productImages.sortOrder), asc(productImages.createdAt));
    return rows.map((image) => ({
      id: image.id,
      url: fileUrl(image.storageKey),
      thumbnailUrl: fileUrl(image.thumbnailKey),
      altText: image.altText,
      width: image.width,
      height: image.height,
      byteSize: image.byteSize,
      isPrimary: image.isPrimary,
    }));
  });
}

export type ProductImageView = Awaited<ReturnType<typeof listProductImages>>[number];
