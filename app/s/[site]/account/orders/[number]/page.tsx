import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChevronLeft } from 'lucide-react';
import { ShopperOrderPage } from '@/components/storefront/orders/shopper-order-page';
import { userPageContext } from '@/lib/server/page-context';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { getCustomerOrder } from '@/lib/storefront/orders/get-customer-order';
import { storefrontPageContext, storefrontPageMetadata } from '@/lib/storefront/page-context';

type Params = Promise<{ site: string; number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  return storefrontPageMetadata(params, `Order ${decodeURIComponent(number).toUpperCase()}`);
}

/** One of the signed-in shopper's orders here, by number; another customer's number is a 404. */
export default async function AccountOrderPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { site, number: rawNumber } = await params;
  const ctx = await storefrontPageContext(site);
  const number = decodeURIComponent(rawNumber);
  const user = await userPageContext(`/account/orders/${encodeURIComponent(number)}`);
  const detail = await getCustomerOrder({ ...ctx, user }, { number });
  if (!detail) notFound();
  const paymentCancelled = firstParam((await searchParams).payment) === 'cancelled';

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-4 px-4 py-8 sm:px-6 sm:py-10">
      <Link href="/account/orders" className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground hover:underline">
        <ChevronLeft aria-hidden="true" className="size-4" />
        Your orders
      </Link>
      <ShopperOrderPage site={site} org={ctx.org} detail={detail} access={{ number: detail.order.number }} confirmation={false} paymentCancelled={paymentCancelled} />
    </div>
  );
}
