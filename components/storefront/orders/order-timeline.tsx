import { DateTime } from '@/components/ui/date-time';
import type { ShopperTimelineEntry } from '@/lib/storefront/orders/order-detail';
import { cn } from '@/lib/utils/cn';

/** Each status the order went through, oldest first, in the shopper's words. */
export function OrderTimeline({ entries, timeZone }: { entries: ShopperTimelineEntry[]; timeZone: string }) {
  return (
    <ol className="flex flex-col">
      {entries.map((entry, i) => {
        const last = i === entries.length - 1;
        return (
          <li key={`${entry.status}-${i}`} className="relative flex gap-3 pb-4 last:pb-0">
            {!last && <span aria-hidden="true" className="absolute top-4 left-[5px] h-full w-px bg-border" />}
            <span
              aria-hidden="true"
              className={cn('relative mt-1.5 size-3 shrink-0 rounded-full border-2', last ? 'border-primary bg-primary' : 'border-muted-foreground bg-background')}
            />
            <div className="flex flex-col text-sm">
              <span className={cn(last && 'font-semibold')}>
                {entry.label}
                {entry.byYou && <span className="text-muted-foreground"> by you</span>}
                {last && <span className="sr-only"> (current status)</span>}
              </span>
              <DateTime value={entry.at} timeZone={timeZone} className="text-muted-foreground" />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
