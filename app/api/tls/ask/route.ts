import { tlsHostAllowed, TlsAskQuery } from '@/lib/tenancy/domains/tls-host-allowed';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The on-demand TLS proxy's "ask" endpoint (Caddy `on_demand_tls { ask … }`): before it requests
 * a certificate for `?domain=<host>`, 200 means "we serve it", anything else means "do not".
 * It only ever answers yes or no, so reaching it from outside leaks nothing a DNS lookup does not.
 */
export async function GET(request: Request) {
  const query = TlsAskQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return new Response('Expected ?domain=<hostname>.\n', { status: 400 });
  const allowed = await tlsHostAllowed(query.data.domain);
  return new Response(null, { status: allowed ? 200 : 404, headers: { 'cache-control': 'no-store' } });
}
