import Link from 'next/link';
import { CreateDeliveryDialog } from '@/components/deliveries/create-delivery-dialog';
import { DeliveryStatusBadge, LateBadge } from '@/components/deliveries/delivery-status-badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { minutesBetween } from '@/lib/delivery/deliveries-admin/format';
import type { OrderDelivery } from '@/lib/delivery/deliveries-admin/get-order-delivery';
import { DELIVERY_STATUS_LABELS } from '@/lib/delivery/deliveries/transitions';

type Props = {
  orgSlug: string;
  orderId: string;
  number: string;
  delivery: OrderDelivery;
  /** Active couriers, for the create form. */
  couriers: { id: string; name: string }[];
  timeZone: string;
};

/** The order's courier delivery: the open one (or the last one), or a button to create one. */
export function OrderDeliveryCard({ orgSlug, orderId, number, delivery, couriers, timeZone }: Props) {
  const { current, hasOpen, canCreate } = delivery;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Courier delivery</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        {current && (
          <div className="flex flex-col gap-1">
            {!hasOpen && <p className="text-muted-foreground">Last delivery:</p>}
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/dashboard/${orgSlug}/deliveries/${current.id}`} className="font-medium tabular-nums underline-offset-4 hover:underline">
                <span className="sr-only">Delivery </span>
                {current.trackingNumber}
              </Link>
              <DeliveryStatusBadge status={current.status} />
              {current.isLate && current.estimatedDeliveryAt && <LateBadge lateByMinutes={minutesBetween(current.estimatedDeliveryAt, new Date())} />}
            </div>
            {hasOpen && (
              <>
                <p>{current.courierName ? `Courier: ${current.courierName}` : 'No courier assigned yet'}</p>
                {current.estimatedDeliveryAt && (
                  <p className="text-muted-foreground">
                    Expected by <DateTime value={current.estimatedDeliveryAt} timeZone={timeZone} />
                  </p>
                )}
                <p className="text-muted-foreground">The delivery moves this order to out for delivery and delivered.</p>
              </>
            )}
            {!hasOpen && <p className="text-muted-foreground">It was {DELIVERY_STATUS_LABELS[current.status].toLowerCase()}.</p>}
          </div>
        )}
        {!current && !canCreate && <p className="text-muted-foreground">No delivery for this order yet.</p>}
        {canCreate && <CreateDeliveryDialog orgSlug={orgSlug} orderId={orderId} number={number} couriers={couriers} />}
      </CardContent>
    </Card>
  );
}
