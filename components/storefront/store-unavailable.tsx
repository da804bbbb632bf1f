import type { Organization } from '@/db/schema';
import { StoreLogo } from './store-logo';

/** What a suspended or cancelled store shows instead of itself: no products, no sign-in. */
export function StoreUnavailable({ org }: { org: Organization }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <StoreLogo org={org} className="size-14 text-base" />
      <h1 className="text-2xl font-semibold tracking-tight">{org.name} is currently unavailable</h1>
      <p className="text-muted-foreground">This store is not open to visitors right now. Please check back later.</p>
    </main>
  );
}
