import { MapPin } from 'lucide-react';
import { formatDateTime } from '@/components/ui/date-time';
import type { DeliveryPosition } from '@/lib/delivery/deliveries-admin/get-delivery-detail';
import { formatCoordinates, mapsHref } from '@/lib/delivery/deliveries/geo';

/** The positions the courier's phone shared, newest first, each with a map link. */
export function TrackingPointsList({ points, timeZone }: { points: DeliveryPosition[]; timeZone: string }) {
  if (points.length === 0) {
    return <p className="text-sm text-muted-foreground">No positions yet. The courier’s phone shares its position while the delivery is under way.</p>;
  }
  return (
    <ol className="flex max-h-80 flex-col divide-y overflow-y-auto rounded-md border text-sm" aria-label="Tracking points, newest first">
      {points.map((p) => (
        <li key={p.at.toISOString()} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2">
          <time dateTime={p.at.toISOString()} className="tabular-nums">
            {formatDateTime(p.at, timeZone, { withSeconds: true })}
          </time>
          <a href={mapsHref(p)} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-muted-foreground tabular-nums underline-offset-4 hover:underline">
            <MapPin aria-hidden="true" className="size-3.5" />
            {formatCoordinates(p, 5)}
            {p.accuracyMeters !== null && <span> ± {Math.round(p.accuracyMeters)} m</span>}
            <span className="sr-only"> (opens a map in a new tab)</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
