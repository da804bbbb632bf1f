import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ShopperOrderPage } from '@/components/storefront/orders/shopper-order-page';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { getOrderByToken } from '@/lib/storefront/orders/get-order-by-token';
import { storefrontPageContext, storefrontPageMetadata } from '@/lib/storefront/page-context';

type Params = Promise<{ site: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const base = await storefrontPageMetadata(params, 'Your order');
  // The token is the key to this page: keep it out of search engines and of Referer headers.
  return { ...base, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The confirmation page and the email's link: the order whose token hashes to orders.access_token_hash, in this store. */
export default async function OrderByTokenPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await connection();
  const { site, token: rawToken } = await params;
  const ctx = await storefrontPageContext(site);
  const token = decodeURIComponent(rawToken);
  const detail = await getOrderByToken(ctx, { token });
  if (!detail) notFound();
  const paymentCancelled = firstParam((await searchParams).payment) === 'cancelled';

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col px-4 py-8 sm:px-6 sm:py-10">
      <ShopperOrderPage site={site} org={ctx.org} detail={detail} access={{ token }} confirmation paymentCancelled={paymentCancelled} />
    </div>
  );
}
