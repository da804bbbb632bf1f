/**
 * What an image upload may be, in one client-safe place: the browser checks it before sending
 * (pickers, forms) and processImage enforces it on the bytes.
 */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
/** For a file input's `accept`. */
export const ACCEPTED_IMAGE_ACCEPT = ACCEPTED_IMAGE_TYPES.join(',');
/** "PNG, JPEG, WebP or GIF", for the sentences around a picker. */
export const ACCEPTED_IMAGE_NAMES = 'PNG, JPEG, WebP or GIF';
export const IMAGE_TOO_LARGE = `Images can be at most ${IMAGE_MAX_BYTES / 1024 / 1024} MB.`;

/** "2.5 MB": sizes in the messages people read. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
