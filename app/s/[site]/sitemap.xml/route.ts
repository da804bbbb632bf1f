import { sitemapForHost } from '@/lib/storefront/catalog/seo-files';

// Read from the database on every request (never at build time); the response itself is cacheable.
export const dynamic = 'force-dynamic';

/** /sitemap.xml of a storefront (the middleware rewrites it here with the host as `site`). */
export async function GET(_request: Request, { params }: { params: Promise<{ site: string }> }) {
  const xml = await sitemapForHost(decodeURIComponent((await params).site));
  if (xml === null) return new Response('Not found', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
