'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { classifyHost } from '@/lib/tenancy/hosts';

const subscribe = () => () => {};

/**
 * The app-wide 404's message. It reads the host in the browser rather than from the request,
 * because the same 404 is rendered inside cached (ISR) storefront pages, where reading request
 * headers on the server is not allowed. A storefront host that reaches it has no store.
 */
export function HostNotFound({ platformHost, appUrl }: { platformHost: string; appUrl: string }) {
  const host = useSyncExternalStore(subscribe, () => window.location.host, () => '');
  if (host && classifyHost(host, platformHost).kind !== 'platform') {
    return (
      <>
        <h1 className="text-2xl font-semibold break-words">
          There is no store at <span className="font-mono">{host}</span>
        </h1>
        <p className="text-muted-foreground">Check the address for typos. If you own this domain, connect it to your store in its settings.</p>
        <a href={appUrl} className="font-medium text-primary underline underline-offset-4">
          Go to Commerce Platform
        </a>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">We could not find that page</h1>
      <p className="text-muted-foreground">The address may be mistyped, or the page may have moved.</p>
      <Link href="/" className="font-medium text-primary underline underline-offset-4">
        Go to the home page
      </Link>
    </>
  );
}
