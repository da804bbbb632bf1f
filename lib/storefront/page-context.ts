import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
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
