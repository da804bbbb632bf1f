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
const ROOTS = new Set(['orgs']);

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
