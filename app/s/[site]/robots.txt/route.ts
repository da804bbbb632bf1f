import { robotsForHost } from '@/lib/storefront/catalog/seo-files';

// Read from the database on every request (never at build time); the response itself is cacheable.
export const dynamic = 'force-dynamic';

/** /robots.txt of a storefront (the middleware rewrites it here with the host as `site`). */
export async function GET(_request: Request, { params }: { params: Promise<{ site: string }> }) {
  const text = await robotsForHost(decodeURIComponent((await params).site));
  if (text === null) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
