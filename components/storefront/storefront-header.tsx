import Link from 'next/link';
import type { Organization } from '@/db/schema';
import { UserMenu } from '@/components/account/user-menu';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { Button } from '@/components/ui/button';
import { StoreLogo } from './store-logo';

type Shopper = { name: string | null; email: string };

/** Store name and logo, and the shopper's account links (sign in / create account, or their menu). */
export function StorefrontHeader({ org, shopper }: { org: Organization; shopper: Shopper | null }) {
  return (
    <header className="border-t-4 border-b border-t-brand bg-background">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-3 rounded-md">
          <StoreLogo org={org} />
          <span className="truncate text-lg font-semibold tracking-tight">{org.name}</span>
        </Link>
        <nav aria-label="Your account" className="flex shrink-0 items-center gap-1 sm:gap-2">
          <ThemeToggle />
          {shopper ? (
            <>
              <Link href="/account" className="hidden max-w-48 truncate rounded-md px-2 text-sm font-medium hover:underline sm:block">
                {shopper.name || shopper.email}
              </Link>
              <UserMenu user={shopper} links={[{ href: '/account', label: 'Your account', icon: 'profile' }]} />
            </>
          ) : (
            <>
              <Button asChild variant="ghost">
                <Link href="/sign-in">Sign in</Link>
              </Button>
              <Button asChild className="hidden sm:inline-flex">
                <Link href="/sign-up">Create account</Link>
              </Button>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
