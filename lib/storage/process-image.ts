import 'server-only';
import sharp from 'sharp';
import { invalid } from '@/lib/server/errors';
import { ACCEPTED_IMAGE_NAMES, IMAGE_MAX_BYTES, IMAGE_TOO_LARGE } from './image-limits';
import { sniffImage } from './image-type';

const NOT_AN_IMAGE = `Upload a ${ACCEPTED_IMAGE_NAMES} image.`;
const SVG_REFUSED = `SVG files are not accepted (they can contain scripts). Upload a ${ACCEPTED_IMAGE_NAMES} image.`;
const UNREADABLE = 'This file could not be read as an image. It may be damaged.';

export type ImageRendition = { bytes: Uint8Array; width: number; height: number };
export type ProcessedImage = { full: ImageRendition; thumbnail: ImageRendition; ext: 'webp'; contentType: 'image/webp' };

/**
 * Checks an upload really is a raster image (by its bytes, not its name), then writes a
 * display copy (at most `maxSize` px on its longer side, EXIF rotation applied, metadata
 * dropped) and a thumbnail, both WebP. Every refusal is a field error on `field`.
 */
export async function processImage(
  bytes: Uint8Array,
  { field = 'file', maxSize = 2000, thumbnailSize = 400 }: { field?: string; maxSize?: number; thumbnailSize?: number } = {},
): Promise<ProcessedImage> {
  const refuse = (message: string) => invalid(message, { [field]: [message] });
  if (bytes.byteLength === 0) throw refuse(NOT_AN_IMAGE);
  if (bytes.byteLength > IMAGE_MAX_BYTES) throw refuse(IMAGE_TOO_LARGE);
  const kind = sniffImage(bytes);
  if (!kind) throw refuse(NOT_AN_IMAGE);
  if (kind.ext === 'svg') throw refuse(SVG_REFUSED);

  const render = async (size: number): Promise<ImageRendition> => {
    const { data, info } = await sharp(bytes, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  };
  try {
    const [full, thumbnail] = await Promise.all([render(maxSize), render(thumbnailSize)]);
    return { full, thumbnail, ext: 'webp', contentType: 'image/webp' };
  } catch {
    throw refuse(UNREADABLE);
  }
}
