import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { TrackingDetails } from '@/components/storefront/tracking/tracking-details';
import { getTrackingView } from '@/lib/storefront/tracking/get-tracking-view';
import { storefrontPageContext, storefrontPageMetadata } from '@/lib/storefront/page-context';

type Params = Promise<{ site: string; number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  const base = await storefrontPageMetadata(params, `Delivery ${safeDecode(number).trim().toUpperCase().slice(0, 40)}`);
  // Whoever has the number may look; search engines may not.
  return { ...base, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The public tracking page of one of this store's deliveries (the link in the dispatch email and on the order page). */
export default async function TrackingPage({ params }: { params: Params }) {
  await connection();
  const { site, number } = await params;
  const ctx = await storefrontPageContext(site);
  const view = await getTrackingView(ctx, safeDecode(number));
  if (!view) notFound();

  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10">
      <TrackingDetails view={view} timeZone={ctx.org.timezone} now={new Date()} />
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
