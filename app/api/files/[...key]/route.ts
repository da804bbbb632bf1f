import { PROOF_PHOTO_PREFIX } from '@/lib/courier/proof-photo-key';
import { getStorage, isValidStorageKey } from '@/lib/storage';

/**
 * Serves stored uploads (logos, category and product images). The key is checked against the shape the app builds,
 * so `..`, absolute paths and odd characters never reach the disk. Keys are never reused
 * (every upload gets a new random name), so a file can be cached for good. Delivery proof photos
 * are private: only the dashboard's proof route (deliveries.view) shows them.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  if (key.startsWith(PROOF_PHOTO_PREFIX) || !isValidStorageKey(key)) return new Response('Not found', { status: 404 });
  const file = await getStorage().get(key);
  if (!file) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(file.bytes as BodyInit, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
