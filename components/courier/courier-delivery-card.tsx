import Link from 'next/link';
import { AlarmClock, Banknote, ChevronRight, MapPin, Package } from 'lucide-react';
import { DeliveryStatusBadge } from '@/components/deliveries/delivery-status-badge';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/components/ui/date-time';
import type { CourierDeliveryRow } from '@/lib/courier/list-my-deliveries';
import { formatDistance } from '@/lib/delivery/deliveries/geo';
import { formatMoney } from '@/lib/money/money';
import { cn } from '@/lib/utils/cn';

type Props = {
  orgSlug: string;
  delivery: Pick<
    CourierDeliveryRow,
    'id' | 'trackingNumber' | 'status' | 'orderNumber' | 'address' | 'items' | 'codAmount' | 'currency' | 'distanceKm' | 'late' | 'estimatedDeliveryAt' | 'closedAt' | 'pickupLabel'
  >;
  /** The stop's place in the route (1, 2, …); none for closed deliveries. */
  stop?: number;
  timeZone: string;
  locale: string;
};

export const streetLine = (a: CourierDeliveryRow['address']) => [a.street, a.building, a.apartment].filter(Boolean).join(', ');
export const areaLine = (a: CourierDeliveryRow['address']) => [a.district, a.city].filter(Boolean).join(', ');

/** One stop of the courier's day: the whole card opens the delivery. */
export function CourierDeliveryCard({ orgSlug, delivery: d, stop, timeZone, locale }: Props) {
  const units = d.items.reduce((n, i) => n + i.quantity, 0);
  const toPickUp = d.status === 'pending' || d.status === 'processing';
  return (
    <li>
      <Link
        href={`/courier/${orgSlug}/deliveries/${d.id}`}
        className={cn(
          'flex items-start gap-3 rounded-lg border bg-background p-4 transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
          d.late && 'border-destructive/60',
        )}
      >
        {stop !== undefined && (
          <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-bold text-primary-foreground">
            {stop}
          </span>
        )}
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">
              {stop !== undefined && <span className="sr-only">Stop {stop}: </span>}
              {d.address.fullName}
            </span>
            <DeliveryStatusBadge status={d.status} />
            {d.late && (
              <Badge variant="destructive" className="gap-1">
                <AlarmClock aria-hidden="true" />
                Late
              </Badge>
            )}
          </div>
          <p className="flex items-start gap-1.5 text-sm">
            <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            <span className="min-w-0">
              {streetLine(d.address)}
              {areaLine(d.address) && <span className="text-muted-foreground"> · {areaLine(d.address)}</span>}
            </span>
          </p>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <span className="inline-flex items-center gap-1">
              <Package aria-hidden="true" className="size-4" />
              {units} {units === 1 ? 'item' : 'items'} · #{d.orderNumber}
            </span>
            {d.distanceKm !== null && (
              <span>
                {formatDistance(d.distanceKm)} {toPickUp ? `to pick up${d.pickupLabel ? ` at ${d.pickupLabel}` : ''}` : 'away'}
              </span>
            )}
            {d.closedAt ? (
              <span>at {new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone }).format(d.closedAt)}</span>
            ) : (
              d.estimatedDeliveryAt && <span>Due {formatDateTime(d.estimatedDeliveryAt, timeZone)}</span>
            )}
          </p>
          {d.codAmount > 0 && d.status !== 'delivered' && (
            <p className="inline-flex items-center gap-1.5 font-semibold">
              <Banknote aria-hidden="true" className="size-4 text-success" />
              Collect {formatMoney(d.codAmount, d.currency, locale)}
            </p>
          )}
        </div>
        <ChevronRight aria-hidden="true" className="mt-1 size-5 shrink-0 text-muted-foreground" />
      </Link>
    </li>
  );
}
