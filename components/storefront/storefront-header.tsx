import Link from 'next/link';
import type { Organization } from '@/db/schema';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { SearchBox } from './catalog/search-box';
import { ShopperMenu } from './catalog/shopper-menu';
import { StoreLogo } from './store-logo';

/**
 * Store name and logo, product search, and the shopper's account links. Nothing here depends
 * on who is looking (the account links load in the browser), so storefront pages can be cached.
 */
export function StorefrontHeader({ org }: { org: Pick<Organization, 'name' | 'logoKey'> }) {
  return (
    <header className="border-t-4 border-b border-t-brand bg-background">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-3 rounded-md">
          <StoreLogo org={org} />
          <span className="truncate text-lg font-semibold tracking-tight">{org.name}</span>
        </Link>
        <SearchBox className="order-last w-full sm:order-none sm:w-auto sm:max-w-md sm:flex-1" />
        <nav aria-label="Cart and account" className="flex shrink-0 items-center gap-1 sm:gap-2">
          <ThemeToggle />
          <ShopperMenu />
        </nav>
      </div>
    </header>
  );
}
