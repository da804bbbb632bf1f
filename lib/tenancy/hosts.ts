import { env } from '@/lib/env';

/**
 * Which surface a request host belongs to. Pure, so middleware (no database) and the
 * storefront context share it.
 */
export type HostKind =
  | { kind: 'platform' }
  | { kind: 'subdomain'; slug: string; host: string }
  | { kind: 'custom'; hostname: string; host: string };

export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

function stripPort(host: string) {
  return host.replace(/:\d+$/, '');
}

export function classifyHost(rawHost: string, platformHost: string): HostKind {
  const host = normalizeHost(rawHost);
  const hostname = stripPort(host);
  const platformHostname = stripPort(normalizeHost(platformHost));
  if (hostname === platformHostname || hostname === `www.${platformHostname}`) return { kind: 'platform' };
  if (hostname.endsWith(`.${platformHostname}`)) {
    const slug = hostname.slice(0, -(platformHostname.length + 1));
    // Only one label deep: a.b.platform is not a store.
    if (slug && !slug.includes('.')) return { kind: 'subdomain', slug, host };
  }
  return { kind: 'custom', hostname, host };
}

/** The storefront URL of an organization on the platform subdomain. */
export function storefrontUrl(slug: string, platformHost: string, protocol = 'http:') {
  return `${protocol}//${slug}.${normalizeHost(platformHost)}`;
}

/** Where an organization's storefront lives, with the platform's own scheme. */
export function orgStorefrontUrl(slug: string): string {
  return storefrontUrl(slug, env.platformHost, new URL(env.appUrl).protocol);
}

/**
 * `https://shop.example.com` for a storefront host as the storefront context normalised it.
 * Platform subdomains use the platform's own scheme (http in development); custom domains are
 * https, except `*.localhost` ones, which only exist on a developer's machine.
 */
export function storefrontOrigin(host: string): string {
  const hostname = host.replace(/:\d+$/, '');
  const local = hostname === 'localhost' || hostname.endsWith('.localhost');
  const subdomain = classifyHost(host, env.platformHost).kind === 'subdomain';
  const protocol = subdomain ? new URL(env.appUrl).protocol : local ? 'http:' : 'https:';
  return `${protocol}//${host}`;
}

/** "http://acme.localhost:3000" -> "acme.localhost:3000", for showing an address. */
export function displayHost(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
