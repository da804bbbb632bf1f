import { CircleAlert, TriangleAlert } from 'lucide-react';
import { RESOURCE_LABELS, type LimitedResource } from '@/lib/plans/plans';
import { cn } from '@/lib/utils/cn';
import { usageLevel, usagePercent } from './usage-level';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const n = (value: number) => value.toLocaleString('en-US');

/** One limited resource: "2 of 3 warehouses", a bar (amber near the limit, red at it) and the state in words. */
export function UsageBar({ resource, used, limit }: { resource: LimitedResource; used: number; limit: number | null }) {
  const label = capitalize(RESOURCE_LABELS[resource].many);
  const level = usageLevel(used, limit);
  const percent = limit === null ? 0 : usagePercent(used, limit);
  const id = `usage-${resource}`;

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
          At the limit: adding more needs a bigger plan.
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
