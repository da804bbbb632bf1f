import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft, Printer } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { AddNoteForm } from '@/components/orders/add-note-form';
import { OrderAddress } from '@/components/orders/order-address';
import { OrderDeliveryCard } from '@/components/orders/order-delivery-card';
import { OrderItemsTable } from '@/components/orders/order-items-table';
import { OrderPayments } from '@/components/orders/order-payments';
import { OrderStatusActions } from '@/components/orders/order-status-actions';
import { OrderStatusBadge, PaymentStatusBadge } from '@/components/orders/order-status-badge';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { RefundDialog, type RefundablePayment } from '@/components/orders/refund-dialog';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { courierOptions } from '@/lib/delivery/couriers-admin/list-couriers';
import { getOrderDelivery, withoutDeliverySteps } from '@/lib/delivery/deliveries-admin/get-order-delivery';
import { hasFeature } from '@/lib/features/dashboard-features';
import { formatMoney, toDecimalString } from '@/lib/money/money';
import { getOrder } from '@/lib/orders/get-order';
import { FULFILMENT_METHOD_LABELS, PAYMENT_METHOD_LABELS } from '@/lib/orders/labels';
import { ORDER_STATUS_LABELS } from '@/lib/orders/transitions';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Order' };

type Props = { params: Promise<{ org: string; id: string }> };

/** One order: what was bought, by whom, where it goes, the money, its history and the next steps. */
export default async function OrderPage({ params }: Props) {
  const { org: orgSlug, id } = await params;
  const ctx = await orgPageContext(orgSlug);
  const listPath = `/dashboard/${ctx.org.slug}/orders`;
  if (!ctx.can('orders.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const detail = await orNotFound(getOrder(ctx, id));
  const { order, totals, actions } = detail;
  const tz = ctx.org.timezone;
  const money = (minor: number) => formatMoney(minor, totals.currency, ctx.org.defaultLocale);
  const refundable: RefundablePayment[] = detail.payments
    .filter((p) => p.refundable > 0)
    .map((p) => ({
      id: p.id,
      label: `${PAYMENT_METHOD_LABELS[p.method]} · ${money(p.amount)} paid`,
      currency: p.currency,
      refundableDecimal: toDecimalString(p.refundable, p.currency),
      refundableText: formatMoney(p.refundable, p.currency, ctx.org.defaultLocale),
      viaStripe: p.method === 'card',
    }));
  const delivery = detail.delivery;
  const found = await getOrderDelivery(ctx, order.id);
  // Without courier deliveries (feature flag) none is opened from here; one opened before still shows.
  const courierDelivery = found && !(await hasFeature(ctx, 'deliveries')) ? (found.current ? { ...found, canCreate: false } : null) : found;
  const couriers = courierDelivery?.canCreate ? await courierOptions(ctx) : [];
  // While a delivery is open, it (not a click here) sends the order out and marks it delivered.
  const statuses = courierDelivery?.hasOpen ? withoutDeliverySteps(order.status, actions.statuses) : actions.statuses;

  return (
    <>
      <Link
        href={listPath}
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Orders
      </Link>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight tabular-nums">Order #{order.number}</h1>
            <OrderStatusBadge status={order.status} />
            <PaymentStatusBadge status={order.paymentStatus} />
          </div>
          <p className="text-sm text-muted-foreground">
            Placed <DateTime value={order.createdAt} timeZone={tz} /> · {PAYMENT_METHOD_LABELS[order.paymentMethod]} ·{' '}
            {FULFILMENT_METHOD_LABELS[order.fulfilmentMethod]}
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {actions.canRefund && refundable.length > 0 && <RefundDialog orgSlug={ctx.org.slug} orderId={order.id} number={order.number} payments={refundable} />}
          <Button asChild variant="outline">
            <a href={`/api/orgs/${ctx.org.slug}/orders/${order.id}/invoice`} target="_blank" rel="noreferrer">
              <Printer aria-hidden="true" />
              Print invoice
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </Button>
        </div>
      </div>

      <section aria-label="Next steps" className="flex flex-col gap-2 rounded-lg border bg-muted/30 p-4">
        {statuses.length > 0 ? (
          <OrderStatusActions
            orgSlug={ctx.org.slug}
            orderId={order.id}
            number={order.number}
            status={order.status}
            statuses={statuses}
            moneyTaken={totals.paid > 0}
            cashOnDelivery={order.paymentMethod === 'cod'}
          />
        ) : courierDelivery?.hasOpen && courierDelivery.current ? (
          <p className="text-sm text-muted-foreground">
            Delivery {courierDelivery.current.trackingNumber} moves this order along as the courier goes.
          </p>
        ) : (
          <p className="text-sm text-muted-foreground">
            This order is {ORDER_STATUS_LABELS[order.status].toLowerCase()}
            {ctx.can('orders.manage') ? ': there is no further step.' : '. Your role can view orders but not change them.'}
          </p>
        )}
        {order.status === 'cancelled' && order.cancellationReason && <p className="text-sm">Cancelled: {order.cancellationReason}</p>}
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Items</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderItemsTable items={detail.items} totals={totals} money={money} />
              {detail.coupon && (
                <p className="mt-3 text-sm text-muted-foreground">
                  Coupon <code className="font-medium">{detail.coupon.code}</code>
                  {detail.coupon.discount > 0 && <> · {money(-detail.coupon.discount)}</>}
                  {detail.coupon.freeShipping && ' · free shipping'}
                </p>
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">Payments</CardTitle>
              <p className="text-sm text-muted-foreground">
                Paid <span className="tabular-nums">{money(totals.paid)}</span>
                {totals.refunded > 0 && (
                  <>
                    {' '}
                    · refunded <span className="tabular-nums">{money(totals.refunded)}</span>
                  </>
                )}
              </p>
            </CardHeader>
            <CardContent>
              <OrderPayments
                payments={detail.payments}
                refunds={detail.refunds}
                money={money}
                timeZone={tz}
                recordTransfer={ctx.can('orders.manage') && order.status !== 'cancelled' ? { orgSlug: ctx.org.slug, orderId: order.id } : undefined}
              />
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">Timeline</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderTimeline entries={detail.timeline} timeZone={tz} />
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">Internal notes</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-5">
              {detail.notes.length === 0 ? (
                <p className="text-sm text-muted-foreground">No notes yet.</p>
              ) : (
                <ul className="flex flex-col gap-3">
                  {detail.notes.map((note) => (
                    <li key={note.id} className="rounded-md border p-3 text-sm">
                      <p className="whitespace-pre-wrap break-words">{note.body}</p>
                      <p className="mt-1 text-xs text-muted-foreground">
                        {note.author ? note.author.name || note.author.email : 'A former member'} · <DateTime value={note.createdAt} timeZone={tz} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              {actions.canAddNote && <AddNoteForm orgSlug={ctx.org.slug} orderId={order.id} />}
            </CardContent>
          </Card>
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Customer</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{order.customerName}</span>
              <a href={`mailto:${order.email}`} className="w-fit break-all underline-offset-4 hover:underline">
                {order.email}
              </a>
              {order.phone && (
                <a href={`tel:${order.phone}`} className="w-fit underline-offset-4 hover:underline">
                  {order.phone}
                </a>
              )}
              <span className="text-muted-foreground">{detail.customer ? 'Has a customer record in your store' : 'Guest checkout'}</span>
              {order.customerNote && (
                <div className="mt-3 rounded-md bg-muted p-3">
                  <p className="text-xs font-medium text-muted-foreground">Note from the customer</p>
                  <p className="whitespace-pre-wrap break-words">{order.customerNote}</p>
                </div>
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">{order.fulfilmentMethod === 'pickup' ? 'Pick-up' : 'Delivery'}</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-sm">
              {order.fulfilmentMethod === 'pickup' ? (
                <p>The customer collects this order at the store.</p>
              ) : order.shippingAddress ? (
                <OrderAddress address={order.shippingAddress} />
              ) : (
                <p className="text-muted-foreground">No address was given.</p>
              )}
              {delivery.method === 'delivery' && (
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-muted-foreground">Option</dt>
                  <dd>{delivery.tariffName}</dd>
                  <dt className="text-muted-foreground">Zone</dt>
                  <dd>{delivery.zoneName}</dd>
                  <dt className="text-muted-foreground">Cost</dt>
                  <dd className="tabular-nums">{delivery.cost ? money(delivery.cost) : 'Free'}</dd>
                  {delivery.estimatedHours !== null && (
                    <>
                      <dt className="text-muted-foreground">Estimate</dt>
                      <dd>within {delivery.estimatedHours} h</dd>
                    </>
                  )}
                </dl>
              )}
            </CardContent>
          </Card>

          {courierDelivery && (
            <OrderDeliveryCard
              orgSlug={ctx.org.slug}
              orderId={order.id}
              number={order.number}
              delivery={courierDelivery}
              couriers={couriers}
              timeZone={tz}
            />
          )}

          {order.billingAddress && (
            <Card>
              <CardHeader>
                <CardTitle as="h2">Billing address</CardTitle>
              </CardHeader>
              <CardContent>
                <OrderAddress address={order.billingAddress} />
              </CardContent>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
