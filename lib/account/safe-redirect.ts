const BASE = 'http://redirect.invalid';

/**
 * A same-site path to send someone to after signing in, or `fallback`. Only relative paths
 * are allowed: `//evil.test`, `/\evil.test`, `https://…` and anything with control
 * characters (browsers drop tabs and newlines, turning `/\t/evil` into `//evil`) are refused.
 */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
