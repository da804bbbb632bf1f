import { NavTabs } from '@/components/ui/nav-tabs';
import type { DeliveryStatusCounts } from '@/lib/delivery/deliveries-admin/list-deliveries';
import { deliveryFilterParams, type DeliveryListFilters, type DeliveryStatusFilter } from '@/lib/delivery/deliveries-admin/schemas';
import { DELIVERY_STATUS_LABELS } from '@/lib/delivery/deliveries/transitions';
import { cn } from '@/lib/utils/cn';

const TABS: { value: DeliveryStatusFilter | undefined; label: string }[] = [
  { value: undefined, label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'late', label: 'Late' },
  { value: 'pending', label: DELIVERY_STATUS_LABELS.pending },
  { value: 'processing', label: DELIVERY_STATUS_LABELS.processing },
  { value: 'dispatched', label: DELIVERY_STATUS_LABELS.dispatched },
  { value: 'delivered', label: DELIVERY_STATUS_LABELS.delivered },
  { value: 'returned', label: DELIVERY_STATUS_LABELS.returned },
  { value: 'cancelled', label: DELIVERY_STATUS_LABELS.cancelled },
];

function hrefWith(basePath: string, params: Record<string, string | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const qs = query.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

/** The board's status tabs with how many deliveries each holds; switching keeps the other filters. */
export function DeliveryStatusTabs({ basePath, filters, counts }: { basePath: string; filters: DeliveryListFilters; counts: DeliveryStatusCounts }) {
  const items = TABS.map(({ value, label }) => {
    const count = counts[value ?? 'all'];
    const alarming = value === 'late' && count > 0;
    return {
      href: hrefWith(basePath, { ...deliveryFilterParams(filters), status: value }),
      active: filters.status === value,
      label: (
        <>
          {label}
          <span className="sr-only">: </span>
          <span
            className={cn(
              'ml-1.5 rounded-full px-1.5 text-xs tabular-nums',
              alarming ? 'bg-destructive text-destructive-foreground' : 'bg-muted text-muted-foreground',
            )}
          >
            {count}
          </span>
        </>
      ),
    };
  });
  return <NavTabs items={items} aria-label="Delivery status" />;
}
