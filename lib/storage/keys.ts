/**
 * Storage keys are built by the app, never taken from a user: a fixed top-level folder, then
 * segments of letters, digits, `_` and `-`, the last with one known extension. That shape
 * rules out `..`, absolute paths, backslashes and encoded tricks before a driver sees a key.
 */
const CONTENT_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
} as const;

export type FileExtension = keyof typeof CONTENT_TYPES;

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const FILE = /^([A-Za-z0-9][A-Za-z0-9_-]{0,127})\.([a-z0-9]{1,5})$/;
const ROOTS = new Set(['orgs', 'delivery-proofs']);

export function isValidStorageKey(key: string): boolean {
  if (key.length > 512) return false;
  const parts = key.split('/');
  if (parts.length < 3 || parts.length > 6 || !ROOTS.has(parts[0]!)) return false;
  const file = FILE.exec(parts.at(-1)!);
  if (!file || !(file[2]! in CONTENT_TYPES)) return false;
  return parts.slice(1, -1).every((segment) => SEGMENT.test(segment));
}

export function contentTypeForKey(key: string): string | null {
  const ext = key.slice(key.lastIndexOf('.') + 1);
  return (CONTENT_TYPES as Record<string, string>)[ext] ?? null;
}

/** The URL the app serves a stored file at (app/api/files/[...key]). */
export function fileUrl(key: string): string {
  return `/api/files/${key}`;
}

/** 24 hex characters from the CSPRNG (Web Crypto, so the same in Next, scripts and the browser). */
function randomPart(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Where new files go. Every key is fresh and unguessable, never reused: a replaced file gets a
 * new key, so caches and the old URL can never show the new content.
 */
export const storageKeys = {
  /** A product image (`…/<random>.webp`) and its thumbnail (`…/<random>-thumb.webp`). */
  productImage(orgId: string, productId: string) {
    const base = `orgs/${orgId}/products/${productId}/${randomPart()}`;
    return { storageKey: `${base}.webp`, thumbnailKey: `${base}-thumb.webp` };
  },
  categoryImage(orgId: string, ext: FileExtension) {
    return `orgs/${orgId}/categories/${randomPart()}.${ext}`;
  },
  organizationLogo(orgId: string, ext: FileExtension) {
    return `orgs/${orgId}/logo-${randomPart()}.${ext}`;
  },
};
