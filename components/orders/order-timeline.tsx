import { DateTime } from '@/components/ui/date-time';
import type { OrderTimelineEntry } from '@/lib/orders/get-order';
import { ORDER_STATUS_LABELS } from '@/lib/orders/transitions';

/** The order's status changes, oldest first, as a vertical line of events. */
export function OrderTimeline({ entries, timeZone }: { entries: OrderTimelineEntry[]; timeZone: string }) {
  return (
    <ol className="flex flex-col">
      {entries.map((e, i) => (
        <li key={e.id} className="relative flex gap-3 pb-5 last:pb-0">
          {i < entries.length - 1 && <span aria-hidden="true" className="absolute top-3 left-[5px] h-full w-px bg-border" />}
          <span aria-hidden="true" className="relative mt-1.5 size-[11px] shrink-0 rounded-full border-2 border-primary bg-background" />
          <div className="flex min-w-0 flex-col gap-0.5 text-sm">
            <p className="font-medium">
              {e.from ? (
                <>
                  {ORDER_STATUS_LABELS[e.from]} <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span> {ORDER_STATUS_LABELS[e.to]}
                </>
              ) : (
                <>Placed ({ORDER_STATUS_LABELS[e.to].toLowerCase()})</>
              )}
            </p>
            <p className="text-muted-foreground">
              <DateTime value={e.at} timeZone={timeZone} /> · {e.actorLabel}
            </p>
            {e.reason && <p className="break-words">Reason: {e.reason}</p>}
            {e.notes && <p className="break-words text-muted-foreground">{e.notes}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
