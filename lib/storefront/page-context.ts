import 'server-only';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { safeRedirectPath } from '@/lib/account/safe-redirect';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { getCurrentUser } from '@/lib/auth/current-user';
import { storefrontContext, type StorefrontContext } from '@/lib/server/context';

/**
 * Storefront pages: the store of this host, or a 404. The layout has already shown the
 * "unavailable" page for a suspended store (and does not render its pages).
 */
export async function storefrontPageContext(site: string): Promise<StorefrontContext> {
  const resolved = await storefrontContext(site);
  if (resolved.status !== 'ok') notFound();
  return resolved.ctx;
}

export type SiteParams = Promise<{ site: string }>;

/** A storefront page's title, or nothing when the store is unavailable (the layout's title stands). */
export async function storefrontPageMetadata(params: SiteParams, title: string): Promise<Metadata> {
  const resolved = await storefrontContext((await params).site);
  return resolved.status === 'ok' ? { title } : {};
}

/**
 * Storefront sign-in and sign-up: the store, and where to go afterwards (a safe relative
 * path, default the account page). A shopper who is already signed in goes there at once.
 */
export async function storefrontAuthPageContext(params: SiteParams, searchParams: SearchParams) {
  const { site } = await params;
  const { org } = await storefrontPageContext(site);
  const callbackUrl = safeRedirectPath(firstParam((await searchParams).callbackUrl), '/account');
  if (await getCurrentUser()) redirect(callbackUrl);
  const query = callbackUrl === '/account' ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return { site, org, callbackUrl, query };
}
