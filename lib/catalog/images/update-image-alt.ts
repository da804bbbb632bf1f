import { and, eq } from 'drizzle-orm';
import { productImages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getImageInOrg } from './internal';
import type { UpdateImageAltInput } from './schemas';

/** The text screen readers and search engines get for an image; empty clears it. */
export async function updateImageAlt(ctx: OrgContext, input: UpdateImageAltInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const altText = input.altText.trim() || null;
  return ctx.tx(async (tx) => {
    const image = await getImageInOrg(tx, orgId, input.imageId);
    if (image.altText === altText) return { imageId: image.id, altText };
    await tx
      .update(productImages)
      .set({ altText })
      .where(and(eq(productImages.organizationId, orgId), eq(productImages.id, image.id)));
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'product_image.alt_updated',
      entityType: 'product_image',
      entityId: image.id,
      oldValues: { altText: image.altText },
      newValues: { altText, productId: image.productId },
    });
    return { imageId: image.id, altText };
  });
}
