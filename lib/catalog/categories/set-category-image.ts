import { categories } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { getCategoryInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getStorage } from '@/lib/storage';
import { storageKeys } from '@/lib/storage/keys';
import { processImage } from '@/lib/storage/process-image';
import { categoryInOrg, lockCategory } from './internal';
import type { SetCategoryImageInput } from './schemas';

/**
 * Checks and resizes the upload (WebP, at most 1200 px), stores it under a fresh key, points
 * the category at it, and removes the previous file once that has committed. If the change
 * fails, the new file is removed and the old image stays.
 */
export async function setCategoryImage(ctx: OrgContext, input: SetCategoryImageInput) {
  requirePermission(ctx, 'catalog.manage');
  // Cheap check first, so a wrong id does not cost an image conversion and an upload.
  await ctx.tx((tx) => getCategoryInOrg(tx, ctx.org.id, input.id));
  const image = await processImage(new Uint8Array(await input.file.arrayBuffer()), { field: 'file', maxSize: 1200 });

  const storage = getStorage();
  const key = storageKeys.categoryImage(ctx.org.id, image.ext);
  await storage.put(key, image.full.bytes, image.contentType);
  let previousKey: string | null;
  try {
    previousKey = await ctx.tx(async (tx) => {
      const before = await lockCategory(tx, ctx.org.id, input.id);
      await tx.update(categories).set({ imageKey: key }).where(categoryInOrg(ctx.org.id, before.id));
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'category.image_updated',
        entityType: 'category',
        entityId: before.id,
        oldValues: { name: before.name, imageKey: before.imageKey },
        newValues: { name: before.name, imageKey: key, width: image.full.width, height: image.full.height },
      });
      return before.imageKey;
    });
  } catch (e) {
    await storage.delete(key).catch(() => undefined);
    throw e;
  }
  if (previousKey) await storage.delete(previousKey).catch(() => undefined);
  return { imageKey: key, width: image.full.width, height: image.full.height };
}
