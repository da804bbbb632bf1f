import type { WarehouseSummary } from '@/lib/inventory/warehouses/list-warehouses';
import { cn } from '@/lib/utils/cn';

/**
 * Available units per warehouse as horizontal bars. Plain HTML: each bar is decoration beside
 * its number (which is real text), so screen readers get a simple list.
 */
export function StockChart({ warehouses }: { warehouses: WarehouseSummary[] }) {
  const shown = warehouses.filter((w) => w.isActive || w.quantity !== 0);
  if (shown.length === 0) return null;
  const max = Math.max(1, ...shown.map((w) => w.available));
  return (
    <figure className="flex flex-col gap-3 rounded-lg border p-4">
      <figcaption className="text-sm font-medium">Available units by warehouse</figcaption>
      <ul className="flex flex-col gap-2.5">
        {shown.map((w) => {
          const share = Math.max(0, w.available) / max;
          return (
            <li key={w.id} className="grid grid-cols-[minmax(6rem,10rem)_1fr_auto] items-center gap-3 text-sm">
              <span className="truncate" title={w.name}>
                {w.name}
                {!w.isActive && <span className="text-muted-foreground"> (inactive)</span>}
              </span>
              <span aria-hidden="true" className="h-3 overflow-hidden rounded-full bg-muted">
                <span className={cn('block h-full rounded-full', w.isActive ? 'bg-primary' : 'bg-muted-foreground/50')} style={{ width: `${share * 100}%` }} />
              </span>
              <span className="text-right tabular-nums">
                {w.available.toLocaleString('en')}
                <span className="sr-only"> available</span>
                {w.reserved > 0 && <span className="text-xs text-muted-foreground"> · {w.reserved.toLocaleString('en')} reserved</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
