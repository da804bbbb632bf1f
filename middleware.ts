import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { classifyHost } from '@/lib/tenancy/hosts';

/**
 * Host routing only; it never authorizes (pages and verbs do). The platform host serves its
 * own routes; every other host is a storefront, rewritten to /s/<host>/…, where the
 * storefront context resolves it (subdomain slug or verified custom domain) or shows a 404.
 */
export function middleware(request: NextRequest) {
  const host = request.headers.get('host') ?? '';
  const target = classifyHost(host, env.platformHost);
  const { pathname, search } = request.nextUrl;

  if (target.kind === 'platform') {
    // Storefront routes are reachable only through a storefront host.
    if (pathname === '/s' || pathname.startsWith('/s/')) {
      return NextResponse.rewrite(new URL('/not-found', request.url));
    }
    return NextResponse.next();
  }

  const url = request.nextUrl.clone();
  url.pathname = `/s/${encodeURIComponent(target.host)}${pathname === '/' ? '' : pathname}`;
  url.search = search;
  return NextResponse.rewrite(url);
}

export const config = {
  // Node.js rather than the edge sandbox: one less context switch on every storefront request.
  runtime: 'nodejs',
  // Not for Next's assets, route handlers (auth, webhooks, files) or the favicon.
  matcher: ['/((?!_next/|api/|favicon\\.ico).*)'],
};
