import { DateTime } from '@/components/ui/date-time';
import type { TrackingTimelineEntry } from '@/lib/storefront/tracking/get-tracking-view';
import { cn } from '@/lib/utils/cn';

/** The delivery's updates, newest first, in the shopper's words. */
export function TrackingTimeline({ entries, timeZone }: { entries: TrackingTimelineEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">No updates yet.</p>;
  const newestFirst = [...entries].reverse();
  return (
    <ol className="flex flex-col">
      {newestFirst.map((entry, i) => {
        const latest = i === 0;
        const failed = entry.kind === 'failed_attempt';
        return (
          <li key={`${entry.at.toISOString()}-${i}`} className="relative flex gap-3 pb-4 last:pb-0">
            {i < newestFirst.length - 1 && <span aria-hidden="true" className="absolute top-4 left-[5px] h-full w-px bg-border" />}
            <span
              aria-hidden="true"
              className={cn(
                'relative mt-1.5 size-3 shrink-0 rounded-full border-2',
                failed ? 'border-warning bg-warning' : latest ? 'border-primary bg-primary' : 'border-muted-foreground bg-background',
              )}
            />
            <div className="flex flex-col text-sm">
              <span className={cn(latest && 'font-semibold')}>
                {entry.label}
                {latest && <span className="sr-only"> (latest update)</span>}
              </span>
              <DateTime value={entry.at} timeZone={timeZone} className="text-muted-foreground" />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
