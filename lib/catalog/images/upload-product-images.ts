import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productImages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { getProductInOrg } from '@/lib/catalog/internal';
import { lockProduct } from '@/lib/catalog/products/lock-product';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { AppError, invalid } from '@/lib/server/errors';
import { getStorage } from '@/lib/storage';
import { storageKeys } from '@/lib/storage/keys';
import { processImage, type ProcessedImage } from '@/lib/storage/process-image';
import { refuseIfFull } from './internal';
import type { UploadProductImagesInput } from './schemas';

const shortName = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name) || 'A file';

/**
 * Adds images to a product, all or nothing: every file is checked and resized first (a refusal
 * names the file and stores nothing), then the renditions are stored, then the rows written
 * on the locked product; if that fails the stored files are removed again. The product's
 * first image becomes its primary one.
 */
export async function uploadProductImages(ctx: OrgContext, input: UploadProductImagesInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const countImages = (tx: Tx, productId: string) =>
    tx.select({ n: count() }).from(productImages).where(and(eq(productImages.organizationId, orgId), eq(productImages.productId, productId)));

  // Early, unlocked: don't spend CPU on files for a product that is missing or full.
  const product = await ctx.tx(async (tx) => {
    const row = await getProductInOrg(tx, orgId, input.productId);
    refuseIfFull((await countImages(tx, row.id))[0]!.n, input.files.length);
    return row;
  });

  // One at a time: sharp on several 10 MB images at once would hold them all in memory.
  const processed: { name: string; image: ProcessedImage; keys: ReturnType<typeof storageKeys.productImage> }[] = [];
  for (const file of input.files) {
    try {
      const image = await processImage(new Uint8Array(await file.arrayBuffer()), { field: 'files' });
      processed.push({ name: file.name, image, keys: storageKeys.productImage(orgId, product.id) });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const message = `${shortName(file.name)}: ${e.message} Nothing was uploaded.`;
      throw invalid(message, { files: [message] });
    }
  }

  const storage = getStorage();
  const keys = processed.flatMap((p) => [p.keys.storageKey, p.keys.thumbnailKey]);
  try {
    await Promise.all(
      processed.flatMap(({ image, keys }) => [
        storage.put(keys.storageKey, image.full.bytes, image.contentType),
        storage.put(keys.thumbnailKey, image.thumbnail.bytes, image.contentType),
      ]),
    );
    return await ctx.tx(async (tx) => {
      await lockProduct(tx, orgId, product.id);
      const current = await tx
        .select({ sortOrder: productImages.sortOrder, isPrimary: productImages.isPrimary })
        .from(productImages)
        .where(and(eq(productImages.organizationId, orgId), eq(productImages.productId, product.id)));
      refuseIfFull(current.length, processed.length);
      const start = current.reduce((max, row) => Math.max(max, row.sortOrder + 1), 0);
      const hasPrimary = current.some((row) => row.isPrimary);
      const rows = await tx
        .insert(productImages)
        .values(
          processed.map(({ image, keys }, i) => ({
            organizationId: orgId,
            productId: product.id,
            ...keys,
            width: image.full.width,
            height: image.full.height,
            byteSize: image.full.bytes.byteLength,
            sortOrder: start + i,
            isPrimary: !hasPrimary && i === 0,
          })),
        )
        .returning();
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'product.images_uploaded',
        entityType: 'product',
        entityId: product.id,
        newValues: { images: rows.map((r, i) => ({ id: r.id, file: processed[i]!.name, width: r.width, height: r.height, byteSize: r.byteSize })) },
      });
      return { images: rows };
    });
  } catch (e) {
    await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
    throw e;
  }
}
