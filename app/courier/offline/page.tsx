import type { Metadata } from 'next';
import Link from 'next/link';
import { WifiOff } from 'lucide-react';

export const metadata: Metadata = { title: 'Offline' };

/**
 * The offline shell: the service worker (public/courier-sw.js) caches this page when it installs
 * and shows it when a courier page cannot be loaded. It needs no session and no data.
 */
export default function CourierOfflinePage() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-lg border border-dashed bg-background px-6 py-12 text-center">
      <div className="flex size-12 items-center justify-center rounded-full bg-muted">
        <WifiOff aria-hidden="true" className="size-6 text-muted-foreground" />
      </div>
      <h1 className="text-xl font-semibold tracking-tight">You are offline</h1>
      <p className="max-w-sm text-sm text-muted-foreground">
        Your location updates are kept and sent when you are back. This page loads your deliveries again once the phone has a connection.
      </p>
      <Link href="/courier" className="inline-flex h-12 items-center justify-center rounded-md bg-primary px-6 text-base font-medium text-primary-foreground">
        Try again
      </Link>
    </div>
  );
}
