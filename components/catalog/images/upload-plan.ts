import { MAX_FILES_PER_UPLOAD, MAX_IMAGES_PER_PRODUCT, UPLOAD_REQUEST_MAX_BYTES } from '@/lib/catalog/images/schemas';
import { ACCEPTED_IMAGE_NAMES, ACCEPTED_IMAGE_TYPES, formatBytes, IMAGE_MAX_BYTES } from '@/lib/storage/image-limits';

type FileLike = { name: string; size: number; type: string };

/** Room for the multipart framing around the files in one request body. */
const REQUEST_OVERHEAD = 64 * 1024;
const EXTENSIONS = /\.(png|jpe?g|webp|gif)$/i;

/**
 * The browser's checks before anything is sent (the server checks the bytes again): type,
 * size, and room left on the product. Every problem is listed, naming its file.
 */
export function checkImageFiles(files: FileLike[], existing: number): string[] {
  const problems: string[] = [];
  const room = MAX_IMAGES_PER_PRODUCT - existing;
  if (files.length > room) {
    problems.push(
      room <= 0
        ? `This product already has ${MAX_IMAGES_PER_PRODUCT} images, the most it can have. Delete some first.`
        : `You chose ${files.length} images but there is room for ${room} more (${MAX_IMAGES_PER_PRODUCT} at most).`,
    );
  }
  for (const file of files) {
    const typeOk = (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type) || (file.type === '' && EXTENSIONS.test(file.name));
    if (!typeOk) problems.push(`${file.name} is not a ${ACCEPTED_IMAGE_NAMES} image.`);
    else if (file.size === 0) problems.push(`${file.name} is empty.`);
    else if (file.size > IMAGE_MAX_BYTES) problems.push(`${file.name} is ${formatBytes(file.size)}; images can be at most ${formatBytes(IMAGE_MAX_BYTES)}.`);
  }
  return problems;
}

/**
 * Splits checked files into requests the server accepts: at most 10 files and 12 MB each
 * (the server action body limit), keeping the chosen order.
 */
export function planUploadBatches<F extends FileLike>(files: F[]): F[][] {
  const budget = UPLOAD_REQUEST_MAX_BYTES - REQUEST_OVERHEAD;
  const batches: F[][] = [];
  let current: F[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= MAX_FILES_PER_UPLOAD || bytes + file.size > budget)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
