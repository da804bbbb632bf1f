'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ShoppingCart } from 'lucide-react';
import { UserMenu } from '@/components/account/user-menu';
import { Button } from '@/components/ui/button';
import { CART_CHANGED_EVENT, type CartChangedDetail } from '@/lib/cart/cart-events';
import type { StorefrontSession } from '@/lib/cart/storefront-session';

type Shopper = NonNullable<StorefrontSession['shopper']>;

/**
 * The cart link and the shopper's account links. Asked of /api/storefront/session in the
 * browser, so the pages around it hold nothing personal and can be cached for everyone; asked
 * again after each navigation (which is how it notices a sign-in or sign-out) and whenever the
 * cart changes on this page.
 */
export function ShopperMenu() {
  const pathname = usePathname();
  const [session, setSession] = useState<StorefrontSession | null | undefined>(undefined);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/storefront/session', { signal: controller.signal, cache: 'no-store' })
      .then((res) => (res.ok ? (res.json() as Promise<StorefrontSession>) : null))
      .then(setSession)
      .catch(() => {
        // Aborted by the next navigation, or offline: keep what is shown.
      });
    return () => controller.abort();
  }, [pathname, reload]);

  useEffect(() => {
    const onChange = (event: Event) => {
      const { itemCount } = (event as CustomEvent<CartChangedDetail>).detail ?? {};
      if (itemCount === undefined) setReload((n) => n + 1);
      else setSession((s) => (s ? { ...s, cartCount: itemCount } : s));
    };
    window.addEventListener(CART_CHANGED_EVENT, onChange);
    return () => window.removeEventListener(CART_CHANGED_EVENT, onChange);
  }, []);

  const cart = <CartLink count={session?.cartCount} />;
  if (session === undefined) {
    return (
      <>
        {cart}
        <span aria-hidden="true" className="block h-10 w-20" />
        <noscript>
          <Link href="/sign-in" className="px-2 text-sm font-medium hover:underline">
            Sign in
          </Link>
        </noscript>
      </>
    );
  }
  const shopper = session?.shopper;
  if (shopper) {
    // The only form inside is the menu's sign-out: show the signed-out links at once, since
    // its redirect to "/" may not change the path (and so would not trigger a new fetch).
    return (
      <>
        {cart}
        <div className="contents" onSubmit={() => setSession({ shopper: null, cartCount: 0 })}>
          <AccountLinks shopper={shopper} />
        </div>
      </>
    );
  }
  return (
    <>
      {cart}
      <Button asChild variant="ghost">
        <Link href="/sign-in">Sign in</Link>
      </Button>
      <Button asChild className="hidden sm:inline-flex">
        <Link href="/sign-up">Create account</Link>
      </Button>
    </>
  );
}

function AccountLinks({ shopper }: { shopper: Shopper }) {
  return (
    <>
      <Link href="/account" className="hidden max-w-48 truncate rounded-md px-2 text-sm font-medium hover:underline sm:block">
        {shopper.name || shopper.email}
      </Link>
      <UserMenu user={shopper} links={[{ href: '/account', label: 'Your account', icon: 'profile' }]} />
    </>
  );
}

function CartLink({ count }: { count: number | undefined }) {
  const label = count ? `Cart, ${count} ${count === 1 ? 'item' : 'items'}` : 'Cart';
  return (
    <Link
      href="/cart"
      aria-label={label}
      className="relative inline-flex size-10 shrink-0 items-center justify-center rounded-md hover:bg-accent hover:text-accent-foreground"
    >
      <ShoppingCart aria-hidden="true" className="size-5" />
      {!!count && (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-primary px-1 text-xs font-semibold text-primary-foreground tabular-nums"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
