'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { UserMenu } from '@/components/account/user-menu';
import { Button } from '@/components/ui/button';

type Shopper = { name: string | null; email: string };

/**
 * The shopper's account links. Asked of /api/storefront/session in the browser, so the
 * pages around it hold nothing personal and can be cached for everyone; asked again after
 * each navigation, which is how it notices a sign-in or sign-out.
 */
export function ShopperMenu() {
  const pathname = usePathname();
  const [shopper, setShopper] = useState<Shopper | null | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/storefront/session', { signal: controller.signal, cache: 'no-store' })
      .then((res) => (res.ok ? (res.json() as Promise<Shopper | null>) : null))
      .then(setShopper)
      .catch(() => {
        // Aborted by the next navigation, or offline: keep what is shown.
      });
    return () => controller.abort();
  }, [pathname]);

  if (shopper === undefined) {
    return (
      <>
        <span aria-hidden="true" className="block h-10 w-20" />
        <noscript>
          <Link href="/sign-in" className="px-2 text-sm font-medium hover:underline">
            Sign in
          </Link>
        </noscript>
      </>
    );
  }
  if (shopper) {
    // The only form inside is the menu's sign-out: show the signed-out links at once, since
    // its redirect to "/" may not change the path (and so would not trigger a new fetch).
    return (
      <div className="contents" onSubmit={() => setShopper(null)}>
        <Link href="/account" className="hidden max-w-48 truncate rounded-md px-2 text-sm font-medium hover:underline sm:block">
          {shopper.name || shopper.email}
        </Link>
        <UserMenu user={shopper} links={[{ href: '/account', label: 'Your account', icon: 'profile' }]} />
      </div>
    );
  }
  return (
    <>
      <Button asChild variant="ghost">
        <Link href="/sign-in">Sign in</Link>
      </Button>
      <Button asChild className="hidden sm:inline-flex">
        <Link href="/sign-up">Create account</Link>
      </Button>
    </>
  );
}
