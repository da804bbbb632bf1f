/**
 * robots.txt of a storefront: everything but the account pages may be crawled, and the
 * sitemap is announced; a suspended or cancelled store asks crawlers to stay away.
 */
export function robotsTxt(origin: string, available: boolean): string {
  if (!available) return 'User-agent: *\nDisallow: /\n';
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /account',
    'Disallow: /sign-in',
    'Disallow: /sign-up',
    'Disallow: /search',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
