import { CircleAlert, PackageCheck, Truck, Undo2 } from 'lucide-react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { isLate } from '@/lib/delivery/deliveries/transitions';
import type { TrackingView } from '@/lib/storefront/tracking/get-tracking-view';
import { AutoRefresh } from './auto-refresh';
import { DeliveryProgress } from './delivery-progress';
import { LastSeen } from './last-seen';
import { TrackingTimeline } from './tracking-timeline';

export const TRACKING_REFRESH_SECONDS = 30;

type Props = { view: TrackingView; timeZone: string; now: Date };

/** The public tracking page's content: status, progress, courier, estimated time, last position and updates. */
export function TrackingDetails({ view, timeZone, now }: Props) {
  const outForDelivery = view.status === 'dispatched';
  const open = view.status === 'pending' || view.status === 'processing' || outForDelivery;
  const late = isLate(view, now);

  return (
    <div className="flex flex-col gap-6">
      {outForDelivery && <AutoRefresh seconds={TRACKING_REFRESH_SECONDS} />}
      <div className="flex flex-col gap-2">
        <p className="text-sm text-muted-foreground">
          Tracking number <span className="font-mono font-medium text-foreground">{view.trackingNumber}</span> · Order {view.orderNumber}
        </p>
        <h1 className="flex items-center gap-2 text-2xl font-semibold tracking-tight sm:text-3xl" aria-live="polite">
          <StatusIcon status={view.status} />
          {view.statusLabel}
        </h1>
        {view.status === 'delivered' && view.deliveredAt && (
          <p className="text-muted-foreground">
            Delivered <DateTime value={view.deliveredAt} timeZone={timeZone} />
          </p>
        )}
        {open && view.estimatedDeliveryAt && (
          <p className="text-muted-foreground">
            {late ? 'Expected by ' : 'Estimated delivery: '}
            <DateTime value={view.estimatedDeliveryAt} timeZone={timeZone} className="font-medium text-foreground" />
            {late && ' — running a little late'}
          </p>
        )}
      </div>

      <DeliveryProgress status={view.status} />
      {view.status === 'returned' && (
        <Alert variant="warning">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>The parcel went back to the store. The store will contact you about a new delivery.</AlertDescription>
        </Alert>
      )}
      {view.status === 'cancelled' && (
        <Alert>
          <CircleAlert aria-hidden="true" />
          <AlertDescription>This delivery was cancelled.</AlertDescription>
        </Alert>
      )}

      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Your courier</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3 text-sm">
            {view.courierFirstName ? (
              <p>
                {view.status === 'delivered' ? 'Delivered by ' : 'Your courier is '}
                <span className="font-medium">{view.courierFirstName}</span>.
              </p>
            ) : (
              <p className="text-muted-foreground">{open ? 'A courier will be assigned soon.' : 'No courier.'}</p>
            )}
            {outForDelivery &&
              (view.lastPosition ? (
                <LastSeen position={view.lastPosition} now={now} />
              ) : (
                <p className="text-muted-foreground">The courier’s position is not available yet.</p>
              ))}
            {outForDelivery && <p className="text-xs text-muted-foreground">This page updates every {TRACKING_REFRESH_SECONDS} seconds.</p>}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Updates</CardTitle>
          </CardHeader>
          <CardContent>
            <TrackingTimeline entries={view.timeline} timeZone={timeZone} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

function StatusIcon({ status }: { status: TrackingView['status'] }) {
  const className = 'size-7 shrink-0 text-primary';
  if (status === 'delivered') return <PackageCheck aria-hidden="true" className={className} />;
  if (status === 'returned' || status === 'cancelled') return <Undo2 aria-hidden="true" className="size-7 shrink-0 text-muted-foreground" />;
  return <Truck aria-hidden="true" className={className} />;
}
