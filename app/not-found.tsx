import type { Metadata } from 'next';
import { HostNotFound } from '@/components/errors/host-not-found';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Not found', robots: { index: false, follow: false } };

/**
 * The 404 for the whole app. On a storefront host it can only mean that no store answers to
 * this host (a store's own missing pages use app/s/[site]/not-found.tsx). No database work and
 * no request headers here: Next renders this component inside cached storefront pages too.
 */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <HostNotFound platformHost={env.platformHost} appUrl={env.appUrl} />
    </main>
  );
}
