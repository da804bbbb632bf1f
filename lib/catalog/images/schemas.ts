import { z } from 'zod';

/** Server actions accept 12 MB bodies (next.config.ts); the browser splits larger selections. */
export const UPLOAD_REQUEST_MAX_BYTES = 12 * 1024 * 1024;
export const MAX_FILES_PER_UPLOAD = 10;
export const MAX_IMAGES_PER_PRODUCT = 20;
export const ALT_TEXT_MAX = 250;

const Id = z.string().trim().min(1, 'Missing id.').max(100);

export const UploadProductImagesInput = z.object({
  productId: Id,
  files: z
    .array(z.instanceof(File, { message: 'Choose image files.' }))
    .min(1, 'Choose at least one image.')
    .max(MAX_FILES_PER_UPLOAD, `Upload at most ${MAX_FILES_PER_UPLOAD} images at a time.`),
});
export type UploadProductImagesInput = z.infer<typeof UploadProductImagesInput>;

export const ReorderProductImagesInput = z.object({
  productId: Id,
  imageIds: z.array(Id).min(1).max(MAX_IMAGES_PER_PRODUCT),
});
export type ReorderProductImagesInput = z.infer<typeof ReorderProductImagesInput>;

export const ProductImageInput = z.object({ imageId: Id });
export type ProductImageInput = z.infer<typeof ProductImageInput>;

export const UpdateImageAltInput = z.object({
  imageId: Id,
  altText: z.string().trim().max(ALT_TEXT_MAX, `Use at most ${ALT_TEXT_MAX} characters.`),
});
export type UpdateImageAltInput = z.infer<typeof UpdateImageAltInput>;

