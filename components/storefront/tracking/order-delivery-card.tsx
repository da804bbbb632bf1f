import Link from 'next/link';
import { Truck } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { SHOPPER_DELIVERY_LABELS } from '@/lib/storefront/tracking/labels';
import type { ShopperOrderDelivery } from '@/lib/storefront/tracking/order-delivery';

type Props = {
  delivery: ShopperOrderDelivery;
  /** The star rating form (or the thanks), shown once delivered. */
  rating?: React.ReactNode;
};

/** On the order page: where the delivery is, a link to its tracking page, and rating it after it arrived. */
export function OrderDeliveryCard({ delivery, rating }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Your delivery</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <p>
            <span className="font-medium">{SHOPPER_DELIVERY_LABELS[delivery.status]}</span>
            <span className="text-muted-foreground">
              {' '}
              · Tracking number <span className="font-mono">{delivery.trackingNumber}</span>
            </span>
          </p>
          <Button asChild variant="outline">
            <Link href={`/track/${encodeURIComponent(delivery.trackingNumber)}`}>
              <Truck aria-hidden="true" />
              Track your delivery
            </Link>
          </Button>
        </div>
        {delivery.status === 'delivered' && rating}
      </CardContent>
    </Card>
  );
}
