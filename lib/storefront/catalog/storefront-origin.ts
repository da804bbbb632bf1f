import { env } from '@/lib/env';
import { classifyHost } from '@/lib/tenancy/hosts';

/**
 * `https://shop.example.com` for a storefront host (as the storefront context normalised it).
 * Platform subdomains use the platform's own scheme (http in development); custom domains
 * are https, except `*.localhost` ones, which only exist on a developer's machine.
 */
export function storefrontOrigin(host: string): string {
  const target = classifyHost(host, env.platformHost);
  const hostname = host.replace(/:\d+$/, '');
  const local = hostname === 'localhost' || hostname.endsWith('.localhost');
  const protocol = target.kind === 'subdomain' ? new URL(env.appUrl).protocol : local ? 'http:' : 'https:';
  return `${protocol}//${host}`;
}

/** An absolute URL on the storefront for a path such as `/p/hoodie` or `/api/files/…`. */
export function storefrontUrl(host: string, path: string): string {
  return `${storefrontOrigin(host)}${path}`;
}
