import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoreUnavailable } from '@/components/storefront/store-unavailable';
import { StorefrontFooter } from '@/components/storefront/storefront-footer';
import { StorefrontHeader } from '@/components/storefront/storefront-header';
import { storefrontContext } from '@/lib/server/context';
import { storefrontThemeCss } from '@/lib/storefront/theme-css';
import type { SiteParams } from '@/lib/storefront/page-context';

const noIndex = { index: false, follow: false };

export async function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  const resolved = await storefrontContext((await params).site);
  if (resolved.status === 'not_found') return { title: { absolute: 'Store not found' }, robots: noIndex };
  if (resolved.status === 'unavailable') return { title: { absolute: `${resolved.org.name} is unavailable` }, robots: noIndex };
  const { org } = resolved.ctx;
  return {
    title: { absolute: org.name, template: `%s · ${org.name}` },
    description: org.description ?? `Shop at ${org.name}.`,
    openGraph: { siteName: org.name, title: org.name, description: org.description ?? undefined },
  };
}

/**
 * Every storefront page: the store of this host in its brand colours, or a 404 / "unavailable".
 * It reads no cookie (the shopper's links load in the browser), so pages under it can be cached.
 */
export default async function StorefrontLayout({ children, params }: { children: React.ReactNode; params: SiteParams }) {
  const resolved = await storefrontContext((await params).site);
  if (resolved.status === 'not_found') notFound();
  const org = resolved.status === 'ok' ? resolved.ctx.org : resolved.org;
  const css = storefrontThemeCss(org.brandPrimaryColor);
  if (resolved.status === 'unavailable') {
    return (
      <div data-storefront>
        <style>{css}</style>
        <StoreUnavailable org={org} />
      </div>
    );
  }

  return (
    <div data-storefront className="flex min-h-dvh flex-col">
      <style>{css}</style>
      <a
        href="#main"
        className="sr-only rounded-md bg-background px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <StorefrontHeader org={org} />
      <main id="main" className="flex flex-1 flex-col">
        {children}
      </main>
      <StorefrontFooter org={org} />
    </div>
  );
}
