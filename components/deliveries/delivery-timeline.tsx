import { MapPin } from 'lucide-react';
import { DateTime } from '@/components/ui/date-time';
import type { DeliveryHistoryEntry } from '@/lib/delivery/deliveries-admin/get-delivery-detail';
import { latLng, mapsHref } from '@/lib/delivery/deliveries/geo';
import { DELIVERY_STATUS_LABELS } from '@/lib/delivery/deliveries/transitions';

function title(e: DeliveryHistoryEntry): React.ReactNode {
  switch (e.event) {
    case 'created':
      return 'Delivery created';
    case 'assigned':
      return `Assigned to ${e.courierName ?? 'a courier'}`;
    case 'unassigned':
      return 'Taken back from the courier';
    case 'failed_attempt':
      return 'Delivery attempt failed';
    case 'code_sent':
      return 'New code sent to the shopper';
    case 'rated':
      return 'Rated by the shopper';
    case 'status_changed':
      return e.fromStatus && e.toStatus ? (
        <>
          {DELIVERY_STATUS_LABELS[e.fromStatus]} <span aria-hidden="true">→</span>
          <span className="sr-only">to</span> {DELIVERY_STATUS_LABELS[e.toStatus]}
        </>
      ) : (
        DELIVERY_STATUS_LABELS[e.toStatus ?? 'pending']
      );
  }
}

/** Everything that happened to the delivery, oldest first: who, when, why, and where the courier was. */
export function DeliveryTimeline({ entries, timeZone }: { entries: DeliveryHistoryEntry[]; timeZone: string }) {
  return (
    <ol className="flex flex-col">
      {entries.map((e, i) => {
        const where = latLng(e.latitude, e.longitude);
        return (
          <li key={e.id} className="relative flex gap-3 pb-5 last:pb-0">
            {i < entries.length - 1 && <span aria-hidden="true" className="absolute top-3 left-[5px] h-full w-px bg-border" />}
            <span
              aria-hidden="true"
              className={
                e.event === 'failed_attempt'
                  ? 'relative mt-1.5 size-[11px] shrink-0 rounded-full border-2 border-destructive bg-background'
                  : 'relative mt-1.5 size-[11px] shrink-0 rounded-full border-2 border-primary bg-background'
              }
            />
            <div className="flex min-w-0 flex-col gap-0.5 text-sm">
              <p className="font-medium">{title(e)}</p>
              <p className="text-muted-foreground">
                <DateTime value={e.createdAt} timeZone={timeZone} /> · {e.actorLabel}
              </p>
              {e.reason && <p className="break-words">Reason: {e.reason}</p>}
              {e.notes && <p className="break-words text-muted-foreground">{e.notes}</p>}
              {where && (
                <a href={mapsHref(where)} target="_blank" rel="noreferrer" className="inline-flex w-fit items-center gap-1 text-muted-foreground underline-offset-4 hover:underline">
                  <MapPin aria-hidden="true" className="size-3.5" />
                  Where it happened
                  <span className="sr-only"> (opens a map in a new tab)</span>
                </a>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
