import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productImages, products } from '@/db/schema';
import { invalid, notFound } from '@/lib/server/errors';
import { MAX_IMAGES_PER_PRODUCT } from './schemas';

/** One image of a live product of the organization, or NotFound. */
export async function getImageInOrg(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select({ image: productImages })
    .from(productImages)
    .innerJoin(products, and(eq(products.organizationId, productImages.organizationId), eq(products.id, productImages.productId)))
    .where(and(eq(productImages.organizationId, orgId), eq(productImages.id, id), isNull(products.deletedAt)));
  if (!row) throw notFound('Image');
  return row.image;
}

export function refuseIfFull(current: number, adding: number) {
  if (current + adding <= MAX_IMAGES_PER_PRODUCT) return;
  const room = Math.max(0, MAX_IMAGES_PER_PRODUCT - current);
  const message = `A product can have at most ${MAX_IMAGES_PER_PRODUCT} images. This one has ${current}, so ${room === 0 ? 'delete some first' : `you can add ${room} more`}.`;
  throw invalid(message, { files: [message] });
}
