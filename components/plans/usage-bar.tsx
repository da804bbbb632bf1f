import { CircleAlert, TriangleAlert } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { usageLevel, usagePercent } from './usage-level';

const n = (value: number) => value.toLocaleString('en-US');

type UsageBarProps = {
  /** Unique on the page: names the bar for screen readers. */
  id: string;
  label: string;
  used: number;
  limit: number | null;
  /** What being at the limit means for this one. */
  fullText?: string;
};

/** One limit: "2 of 3 used", a bar (amber near the limit, red at it) and the state in words. */
export function UsageBar({ id: key, label, used, limit, fullText = 'At the limit: adding more needs a bigger plan.' }: UsageBarProps) {
  const level = usageLevel(used, limit);
  const percent = limit === null ? 0 : usagePercent(used, limit);
  const id = `usage-${key}`;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
        <span id={id} className="font-medium">
          {label}
        </span>
        <span className="tabular-nums text-muted-foreground">
          {limit === null ? `${n(used)} used · unlimited` : `${n(used)} of ${n(limit)} used`}
        </span>
      </div>
      {limit !== null && (
        <div
          role="progressbar"
          aria-labelledby={id}
          aria-valuemin={0}
          aria-valuemax={limit}
          aria-valuenow={Math.min(used, limit)}
          aria-valuetext={`${n(used)} of ${n(limit)}${level === 'full' ? ', at the limit' : level === 'near' ? ', close to the limit' : ''}`}
          className="h-2 w-full overflow-hidden rounded-full bg-muted"
        >
          <div
            className={cn('h-full rounded-full transition-[width]', level === 'full' ? 'bg-destructive' : level === 'near' ? 'bg-warning' : 'bg-primary')}
            style={{ width: `${percent}%` }}
          />
        </div>
      )}
      {level === 'full' && (
        <p className="flex items-center gap-1.5 text-sm font-medium text-destructive">
          <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
          {fullText}
        </p>
      )}
      {level === 'near' && (
        <p className="flex items-center gap-1.5 text-sm font-medium text-warning">
          <TriangleAlert aria-hidden="true" className="size-4 shrink-0" />
          Close to the limit ({percent}% used).
        </p>
      )}
    </div>
  );
}
