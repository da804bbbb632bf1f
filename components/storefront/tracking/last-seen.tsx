import { ExternalLink, MapPin } from 'lucide-react';
import { mapsHref } from '@/lib/delivery/deliveries/geo';
import type { TrackingView } from '@/lib/storefront/tracking/get-tracking-view';
import { formatCoordinates } from '@/lib/delivery/deliveries/geo';
import { timeAgo } from '@/lib/storefront/tracking/time-ago';

/** The courier's last shared position as text, with a link to open it in a maps app. */
export function LastSeen({ position, now }: { position: NonNullable<TrackingView['lastPosition']>; now: Date }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="flex items-start gap-2">
        <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
        <span>
          Last seen <time dateTime={position.recordedAt.toISOString()}>{timeAgo(position.recordedAt, now)}</time> near {formatCoordinates(position)}
        </span>
      </p>
      <a
        href={mapsHref(position)}
        target="_blank"
        rel="noopener noreferrer"
        className="ml-6 inline-flex w-fit items-center gap-1 font-medium text-primary underline-offset-4 hover:underline"
      >
        Open in maps
        <ExternalLink aria-hidden="true" className="size-3.5" />
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    </div>
  );
}
