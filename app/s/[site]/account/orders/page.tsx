import type { Metadata } from 'next';
import Link from 'next/link';
import { ChevronLeft, Package } from 'lucide-react';
import { CustomerOrdersList } from '@/components/storefront/orders/customer-orders-list';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { userPageContext } from '@/lib/server/page-context';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { listCustomerOrders } from '@/lib/storefront/orders/list-customer-orders';
import { storefrontPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return storefrontPageMetadata(params, 'Your orders');
}

/** The signed-in shopper's orders in this store, newest first. */
export default async function AccountOrdersPage({ params, searchParams }: { params: SiteParams; searchParams: SearchParams }) {
  const { site } = await params;
  const ctx = await storefrontPageContext(site);
  const user = await userPageContext('/account/orders');
  const page = Number(firstParam((await searchParams).page) ?? 1);
  const { rows, total, page: current, totalPages } = await listCustomerOrders({ ...ctx, user }, { page });
  const { org } = ctx;

  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-12">
      <Link href="/account" className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground hover:underline">
        <ChevronLeft aria-hidden="true" className="size-4" />
        Your account
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Your orders</h1>
        <p className="text-sm text-muted-foreground">
          {total > 0 ? `${total} ${total === 1 ? 'order' : 'orders'} at ${org.name}.` : `Orders you place at ${org.name} appear here.`}
        </p>
        {!user.emailVerified && (
          <p className="text-sm text-muted-foreground">
            Orders you placed as a guest with {user.email} appear once you confirm that address: use the link in the email we sent you.
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <EmptyState
          icon={Package}
          title="No orders yet"
          description="Orders you place at this store, and those placed as a guest with your confirmed email address, show up here."
          action={
            <Button asChild>
              <Link href="/">Start shopping</Link>
            </Button>
          }
        />
      ) : (
        <>
          <CustomerOrdersList rows={rows} locale={org.defaultLocale} timeZone={org.timezone} />
          <Pagination page={current} totalPages={totalPages} basePath="/account/orders" />
        </>
      )}
    </div>
  );
}
