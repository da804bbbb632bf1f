import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TrackingNumberForm } from '@/components/storefront/tracking/tracking-number-form';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { looksLikeTrackingNumber, normalizeTrackingNumber } from '@/lib/storefront/tracking/labels';
import { storefrontPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export async function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return { ...(await storefrontPageMetadata(params, 'Track your delivery')), robots: { index: false, follow: false } };
}

/** Enter a tracking number; the form comes back here with ?number= and goes on to /track/<number>. */
export default async function TrackPage({ params, searchParams }: { params: SiteParams; searchParams: SearchParams }) {
  await storefrontPageContext((await params).site);
  const typed = normalizeTrackingNumber(firstParam((await searchParams).number) ?? '').slice(0, 40);
  if (typed && looksLikeTrackingNumber(typed)) redirect(`/track/${encodeURIComponent(typed)}`);

  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-6 px-4 py-10 sm:px-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Track your delivery</h1>
        <p className="text-muted-foreground">See where your parcel is and when it arrives.</p>
      </div>
      <TrackingNumberForm defaultValue={typed} error={typed ? 'A tracking number is TRK followed by 8 letters and digits.' : null} />
    </div>
  );
}
