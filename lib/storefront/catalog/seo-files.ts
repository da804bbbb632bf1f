import 'server-only';
import { resolveStorefront } from '@/lib/server/context';
import { normalizeHost } from '@/lib/tenancy/hosts';
import { listSitemapEntries, sitemapXml } from './list-sitemap-entries';
import { robotsTxt } from './robots';
import { storefrontOrigin } from '@/lib/tenancy/hosts';

/** robots.txt for a storefront host, or null when no store lives there (a 404). */
export async function robotsForHost(rawHost: string): Promise<string | null> {
  const resolved = await resolveStorefront(rawHost);
  if (resolved.status === 'not_found') return null;
  return robotsTxt(storefrontOrigin(normalizeHost(rawHost)), resolved.status === 'ok');
}

/** sitemap.xml for a storefront host, or null when there is no open store there. */
export async function sitemapForHost(rawHost: string): Promise<string | null> {
  const resolved = await resolveStorefront(rawHost);
  if (resolved.status !== 'ok') return null;
  return sitemapXml(storefrontOrigin(resolved.ctx.host), await listSitemapEntries(resolved.ctx));
}
