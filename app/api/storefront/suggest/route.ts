import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { isFeatureOn } from '@/lib/features/require-feature';
import { resolveStorefront } from '@/lib/server/context';
import { suggestProducts } from '@/lib/storefront/catalog/suggest-products';

const SuggestQuery = z.object({ q: z.string().max(100) });

/** Type-ahead for the storefront search box: up to 8 product names of the store of this host. */
export async function GET(request: NextRequest) {
  const resolved = await resolveStorefront(request.headers.get('host') ?? '');
  if (resolved.status !== 'ok') return NextResponse.json({ suggestions: [] }, { status: 404 });
  const parsed = SuggestQuery.safeParse({ q: request.nextUrl.searchParams.get('q') ?? '' });
  if (!parsed.success) return NextResponse.json({ error: { code: 'INVALID', message: 'Search for at most 100 characters.' } }, { status: 400 });
  const { q } = parsed.data;
  // A store without search suggestions (feature flag) answers with none, as for no match.
  const suggestions = (await isFeatureOn(resolved.ctx, 'storefront_search_suggestions')) ? await suggestProducts(resolved.ctx, q) : [];
  // Public catalog data; a short cache absorbs repeated keystrokes. Vary: the store is the host.
  return NextResponse.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=60', Vary: 'Host' } });
}
