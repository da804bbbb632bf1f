import { CircleAlert, CircleCheck, Landmark } from 'lucide-react';
import { PriceSummary } from '@/components/storefront/checkout/price-summary';
import { OrderDeliveryCard } from '@/components/storefront/tracking/order-delivery-card';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { formatMoney } from '@/lib/money/money';
import type { ShopperOrderDetail } from '@/lib/storefront/orders/order-detail';
import { PAYMENT_METHOD_LABELS, SHOPPER_PAYMENT_STATUS_LABELS, shopperStatusLabel } from '@/lib/storefront/orders/shopper-labels';
import { OrderTimeline } from './order-timeline';

type Props = {
  detail: ShopperOrderDetail;
  locale: string;
  timeZone: string;
  /** The confirmation page thanks the shopper; the account page just names the order. */
  confirmation: boolean;
  /** The shopper came back from Stripe without paying (?payment=cancelled). */
  paymentCancelled: boolean;
  /** Complete payment, re-order, cancel (a client component bound to this order). */
  actions: React.ReactNode;
  /** Rating the delivery once it arrived (a client component bound to this order). */
  deliveryRating?: React.ReactNode;
};

/** One order as its shopper sees it: status, timeline, items and totals from the frozen snapshot, delivery and payment. */
export function OrderDetailView({ detail, locale, timeZone, confirmation, paymentCancelled, actions, deliveryRating }: Props) {
  const { order, snapshot } = detail;
  const money = (minor: number) => formatMoney(minor, snapshot.currency, locale);
  const cancelled = order.status === 'cancelled';
  const delivery = snapshot.delivery;
  const awaitingTransfer = order.paymentMethod === 'bank_transfer' && !cancelled && order.paymentStatus !== 'paid' && order.paymentStatus !== 'refunded';

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight text-balance">
          {confirmation && !cancelled ? `Thank you, your order ${order.number} is placed` : `Order ${order.number}`}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <Badge variant={cancelled ? 'destructive' : order.status === 'delivered' ? 'success' : 'secondary'}>
            {shopperStatusLabel(order.status, order.fulfilmentMethod)}
          </Badge>
          <span>
            Placed <DateTime value={order.createdAt} timeZone={timeZone} />
          </span>
          {confirmation && !cancelled && <span>· A confirmation was sent to {order.email}.</span>}
        </div>
      </div>

      {paymentCancelled && detail.canPay && (
        <Alert variant="warning" role="alert">
          <CircleAlert aria-hidden="true" />
          <AlertTitle>Your payment was not completed</AlertTitle>
          <AlertDescription>
            Your items are held for you
            {order.paymentDueAt && (
              <>
                {' '}
                until <DateTime value={order.paymentDueAt} timeZone={timeZone} />
              </>
            )}
            . Use “Complete payment” to try again.
          </AlertDescription>
        </Alert>
      )}
      {!paymentCancelled && order.paymentMethod === 'card' && order.paymentStatus === 'paid' && confirmation && (
        <Alert variant="success">
          <CircleCheck aria-hidden="true" />
          <AlertDescription>Your payment of {money(snapshot.total)} was received.</AlertDescription>
        </Alert>
      )}
      {awaitingTransfer && (
        <Alert>
          <Landmark aria-hidden="true" />
          <AlertTitle>How to pay by bank transfer</AlertTitle>
          <AlertDescription>
            <p>
              Transfer <strong>{money(snapshot.total)}</strong> with the reference <strong>{order.number}</strong>.
            </p>
            {detail.bankTransferInstructions && <p className="whitespace-pre-line">{detail.bankTransferInstructions}</p>}
          </AlertDescription>
        </Alert>
      )}

      {actions}

      {detail.delivery && <OrderDeliveryCard delivery={detail.delivery} rating={deliveryRating} />}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Items</CardTitle>
          </CardHeader>
          <CardContent>
            <PriceSummary snapshot={snapshot} locale={locale} />
          </CardContent>
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Status</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderTimeline entries={detail.timeline} timeZone={timeZone} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">{order.fulfilmentMethod === 'pickup' ? 'Pick-up' : 'Delivery'}</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-1 text-sm">
              {order.fulfilmentMethod === 'pickup' ? (
                <>
                  <p>Pick up in store</p>
                  {detail.pickupInstructions && <p className="whitespace-pre-line text-muted-foreground">{detail.pickupInstructions}</p>}
                </>
              ) : (
                <>
                  {delivery?.method === 'delivery' && (
                    <p className="font-medium">
                      {delivery.tariffName}
                      {delivery.estimatedHours !== null && <span className="font-normal text-muted-foreground"> · within {delivery.estimatedHours} hours</span>}
                    </p>
                  )}
                  {order.shippingAddress && (
                    <address className="text-muted-foreground not-italic">
                      {order.shippingAddress.fullName}
                      <br />
                      {[order.shippingAddress.street, order.shippingAddress.building, order.shippingAddress.apartment && `apt. ${order.shippingAddress.apartment}`]
                        .filter(Boolean)
                        .join(', ')}
                      <br />
                      {[order.shippingAddress.district, order.shippingAddress.city, order.shippingAddress.postalCode].filter(Boolean).join(', ')}
                      <br />
                      {order.shippingAddress.country} · {order.shippingAddress.phone}
                      {order.shippingAddress.instructions && (
                        <>
                          <br />
                          {order.shippingAddress.instructions}
                        </>
                      )}
                    </address>
                  )}
                </>
              )}
              {order.customerNote && <p className="mt-2 text-muted-foreground">Your note: {order.customerNote}</p>}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Payment</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-1 text-sm">
              <p>{PAYMENT_METHOD_LABELS[order.paymentMethod]}</p>
              <p className="text-muted-foreground">{SHOPPER_PAYMENT_STATUS_LABELS[order.paymentStatus]}</p>
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
