import { NextResponse, type NextRequest } from 'next/server';
import { resolveStorefront } from '@/lib/server/context';
import { suggestProducts } from '@/lib/storefront/catalog/suggest-products';

/** Type-ahead for the storefront search box: up to 8 product names of the store of this host. */
export async function GET(request: NextRequest) {
  const resolved = await resolveStorefront(request.headers.get('host') ?? '');
  if (resolved.status !== 'ok') return NextResponse.json({ suggestions: [] }, { status: 404 });
  const q = request.nextUrl.searchParams.get('q') ?? '';
  const suggestions = await suggestProducts(resolved.ctx, q);
  // Public catalog data; a short cache absorbs repeated keystrokes. Vary: the store is the host.
  return NextResponse.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=60', Vary: 'Host' } });
}
