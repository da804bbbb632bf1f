import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { classifyHost } from '@/lib/tenancy/hosts';

export const metadata: Metadata = { title: 'Not found', robots: { index: false, follow: false } };

/**
 * The 404 for the whole app. On a storefront host it can only mean that no store answers to
 * this host (a store's own missing pages use app/s/[site]/not-found.tsx). No database work
 * here: Next renders this component with every page.
 */
export default async function NotFound() {
  const host = (await headers()).get('host') ?? '';
  if (host && classifyHost(host, env.platformHost).kind !== 'platform') {
    return (
      <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
        <p className="text-sm font-semibold text-muted-foreground">404</p>
        <h1 className="text-2xl font-semibold break-words">
          There is no store at <span className="font-mono">{host}</span>
        </h1>
        <p className="text-muted-foreground">Check the address for typos. If you own this domain, connect it to your store in its settings.</p>
        <a href={env.appUrl} className="font-medium text-primary underline underline-offset-4">
          Go to Commerce Platform
        </a>
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">We could not find that page</h1>
      <p className="text-muted-foreground">The address may be mistyped, or the page may have moved.</p>
      <Link href="/" className="font-medium text-primary underline underline-offset-4">
        Go to the home page
      </Link>
    </main>
  );
}
