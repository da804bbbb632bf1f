import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { DeliveryRatingForm } from '@/components/storefront/tracking/delivery-rating-form';
import { TrackingDetails } from '@/components/storefront/tracking/tracking-details';
import { rateDeliveryAction } from '@/lib/storefront/delivery-rating/actions';
import { getTrackingView } from '@/lib/storefront/tracking/get-tracking-view';
import { storefrontPageContext, storefrontPageMetadata } from '@/lib/storefront/page-context';

type Params = Promise<{ site: string; number: string }>;
type SearchParams = Promise<{ rate?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  const base = await storefrontPageMetadata(params, `Delivery ${safeDecode(number).trim().toUpperCase().slice(0, 40)}`);
  // Whoever has the number may look; search engines may not.
  return { ...base, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The public tracking page of one of this store's deliveries (the link in the dispatch email and on the order page). */
export default async function TrackingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await connection();
  const { site, number } = await params;
  const { rate } = await searchParams;
  const ctx = await storefrontPageContext(site);
  // The delivered email's link carries a sealed grant to rate this one delivery (guests have no account).
  const view = await getTrackingView(ctx, safeDecode(number), typeof rate === 'string' ? rate : null);
  if (!view) notFound();
  const { ratingToken } = view;

  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10">
      <TrackingDetails view={view} timeZone={ctx.org.timezone} now={new Date()} />
      {ratingToken && (
        <section aria-label="Rate the delivery" className="rounded-lg border p-4 sm:p-6">
          <DeliveryRatingForm access={{ ratingToken }} action={rateDeliveryAction.bind(null, site)} rating={view.rating} />
        </section>
      )}
      <p className="text-sm text-muted-foreground">
        <Link href="/track" className="underline-offset-4 hover:text-foreground hover:underline">
          Track another parcel
        </Link>
      </p>
    </div>
  );
}

/** A mistyped link with a broken %-escape is just an unknown number, not an error page. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
