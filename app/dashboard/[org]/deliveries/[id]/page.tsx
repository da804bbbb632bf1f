import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft, MapPin } from 'lucide-react';
import { CourierAssignment, type CourierPickOption } from '@/components/deliveries/courier-assignment';
import { DeliveryProofCard } from '@/components/deliveries/delivery-proof-card';
import { DeliveryStatusActions } from '@/components/deliveries/delivery-status-actions';
import { DeliveryStatusBadge, LateBadge } from '@/components/deliveries/delivery-status-badge';
import { DeliveryTimeline } from '@/components/deliveries/delivery-timeline';
import { TrackingPointsList } from '@/components/deliveries/tracking-points-list';
import { Forbidden } from '@/components/dashboard/forbidden';
import { featureOffPage } from '@/components/plans/feature-not-on-plan';
import { OrderAddress } from '@/components/orders/order-address';
import { PaymentStatusBadge } from '@/components/orders/order-status-badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { courierOptions } from '@/lib/delivery/couriers-admin/list-couriers';
import { COURIER_STATUS_LABELS, COURIER_VEHICLE_LABELS } from '@/lib/delivery/couriers-admin/labels';
import { minutesBetween } from '@/lib/delivery/deliveries-admin/format';
import { getDeliveryDetail } from '@/lib/delivery/deliveries-admin/get-delivery-detail';
import { suggestCouriers } from '@/lib/delivery/deliveries-admin/suggest-couriers';
import { addressForMaps, formatDistance, latLng, mapsHref } from '@/lib/delivery/deliveries/geo';
import { DELIVERY_STATUS_LABELS } from '@/lib/delivery/deliveries/transitions';
import { formatMoney } from '@/lib/money/money';
import { PAYMENT_METHOD_LABELS } from '@/lib/orders/labels';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Delivery' };

type Props = { params: Promise<{ org: string; id: string }> };

const linkClass = 'inline-flex w-fit items-center gap-1 underline-offset-4 hover:underline';

/** One delivery: where it stands and how it got there, who has it, what to collect, the proof, and the next steps. */
export default async function DeliveryPage({ params }: Props) {
  const { org: orgSlug, id } = await params;
  const ctx = await orgPageContext(orgSlug);
  const dashboardPath = `/dashboard/${ctx.org.slug}`;
  if (!ctx.can('deliveries.view')) return <Forbidden action={{ href: dashboardPath, label: 'Back to the overview' }} />;
  const featureOff = await featureOffPage(ctx, 'deliveries');
  if (featureOff) return featureOff;
  const detail = await orNotFound(getDeliveryDetail(ctx, id));
  const { delivery, order, courier, actions, proof } = detail;
  const tz = ctx.org.timezone;
  const money = (minor: number, currency = delivery.currency) => formatMoney(minor, currency, ctx.org.defaultLocale);
  const pickOptions = actions.canAssign ? await courierPickOptions(ctx, delivery.id) : [];
  const pickup = latLng(delivery.pickupLatitude, delivery.pickupLongitude);
  const now = new Date();

  return (
    <>
      <Link href={`${dashboardPath}/deliveries`} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        Deliveries
      </Link>
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight tabular-nums">Delivery {delivery.trackingNumber}</h1>
          <DeliveryStatusBadge status={delivery.status} />
          {detail.isLate && delivery.estimatedDeliveryAt && <LateBadge lateByMinutes={minutesBetween(delivery.estimatedDeliveryAt, now)} />}
        </div>
        <p className="text-sm text-muted-foreground">
          <Link href={`${dashboardPath}/orders/${order.id}`} className="tabular-nums underline-offset-4 hover:underline">
            Order #{order.number}
          </Link>{' '}
          · created <DateTime value={delivery.createdAt} timeZone={tz} />
          {delivery.estimatedDeliveryAt && (
            <>
              {' '}
              · expected by <DateTime value={delivery.estimatedDeliveryAt} timeZone={tz} />
            </>
          )}
        </p>
      </div>

      <section aria-label="Next steps" className="flex flex-col gap-2 rounded-lg border bg-muted/30 p-4">
        {actions.statuses.length > 0 || actions.canResendCode ? (
          <DeliveryStatusActions
            orgSlug={ctx.org.slug}
            deliveryId={delivery.id}
            trackingNumber={delivery.trackingNumber}
            status={delivery.status}
            statuses={actions.statuses}
            proofMissing={proof.missing}
            canResendCode={actions.canResendCode}
          />
        ) : null}
        <p className="text-sm text-muted-foreground">
          {actions.needsCourier
            ? 'Assign a courier to start this delivery.'
            : actions.statuses.length === 0 && !ctx.can('deliveries.manage')
              ? 'Your role can view deliveries but not change them.'
              : actions.statuses.length === 0
                ? `This delivery is ${DELIVERY_STATUS_LABELS[delivery.status].toLowerCase()}: there is no further step.`
                : 'The courier usually moves the delivery along from their phone; use these when they cannot.'}
        </p>
        {delivery.failedAttempts > 0 && (
          <p className="text-sm">
            {delivery.failedAttempts} failed {delivery.failedAttempts === 1 ? 'attempt' : 'attempts'}
            {delivery.lastFailureReason && <>, last: {delivery.lastFailureReason}</>}
          </p>
        )}
        {delivery.returnReason && <p className="text-sm">Returned: {delivery.returnReason}</p>}
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Timeline</CardTitle>
            </CardHeader>
            <CardContent>
              <DeliveryTimeline entries={detail.history} timeZone={tz} />
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">Items</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="flex flex-col divide-y rounded-md border text-sm">
                {delivery.items.map((item, i) => (
                  <li key={`${item.sku ?? item.name}-${i}`} className="flex items-start justify-between gap-3 px-3 py-2">
                    <span className="min-w-0">
                      {item.name}
                      {item.variantName && <span className="text-muted-foreground"> · {item.variantName}</span>}
                      {item.sku && <span className="block text-xs text-muted-foreground">SKU {item.sku}</span>}
                    </span>
                    <span className="shrink-0 tabular-nums">× {item.quantity}</span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">Tracking</CardTitle>
              {detail.lastPosition ? (
                <p className="text-sm text-muted-foreground">
                  Last known position <DateTime value={detail.lastPosition.at} timeZone={tz} />:{' '}
                  <a href={mapsHref(detail.lastPosition)} target="_blank" rel="noreferrer" className={`${linkClass} text-foreground`}>
                    <MapPin aria-hidden="true" className="size-3.5" />
                    Open in maps
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                </p>
              ) : null}
            </CardHeader>
            <CardContent>
              <TrackingPointsList points={detail.trackingPoints} timeZone={tz} />
            </CardContent>
          </Card>
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Recipient</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-sm">
              <OrderAddress address={delivery.address} />
              <a href={mapsHref(addressForMaps(delivery.address))} target="_blank" rel="noreferrer" className={linkClass}>
                <MapPin aria-hidden="true" className="size-3.5" />
                Open the address in maps
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
              {delivery.specialInstructions && (
                <div className="rounded-md bg-muted p-3">
                  <p className="text-xs font-medium text-muted-foreground">Special instructions</p>
                  <p className="whitespace-pre-wrap break-words">{delivery.specialInstructions}</p>
                </div>
              )}
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-muted-foreground">Pick-up</dt>
                <dd>
                  {pickup ? (
                    <a href={mapsHref(pickup)} target="_blank" rel="noreferrer" className="underline-offset-4 hover:underline">
                      {delivery.pickupLabel ?? 'Warehouse'}
                      <span className="sr-only"> (opens a map in a new tab)</span>
                    </a>
                  ) : (
                    (delivery.pickupLabel ?? 'Not set')
                  )}
                </dd>
                <dt className="text-muted-foreground">Zone</dt>
                <dd>{detail.zone?.name ?? '—'}</dd>
                <dt className="text-muted-foreground">Distance</dt>
                <dd className="tabular-nums">{formatDistance(detail.distanceKm)}</dd>
              </dl>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">Courier</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-sm">
              {courier ? (
                <div className="flex flex-col gap-0.5">
                  <span className="font-medium">{courier.name}</span>
                  {courier.phone && (
                    <a href={`tel:${courier.phone}`} className="w-fit underline-offset-4 hover:underline">
                      {courier.phone}
                    </a>
                  )}
                  <span className="text-muted-foreground">
                    {COURIER_STATUS_LABELS[courier.status]} · {COURIER_VEHICLE_LABELS[courier.vehicleType]}
                    {!courier.isActive && ' · deactivated'}
                  </span>
                  <span className="text-muted-foreground">
                    Last seen <DateTime value={courier.lastSeenAt} timeZone={tz} />
                  </span>
                </div>
              ) : (
                <p className="text-muted-foreground">Nobody has this delivery yet.</p>
              )}
              {actions.canAssign && (
                <CourierAssignment
                  orgSlug={ctx.org.slug}
                  deliveryId={delivery.id}
                  trackingNumber={delivery.trackingNumber}
                  current={courier ? { id: courier.id, name: courier.name } : null}
                  options={pickOptions}
                />
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle as="h2">Payment</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-sm">
              {delivery.codAmount > 0 ? (
                <p>
                  <span className="text-muted-foreground">Cash to collect:</span> <span className="text-lg font-semibold tabular-nums">{money(delivery.codAmount)}</span>
                </p>
              ) : (
                <p className="text-muted-foreground">Nothing to collect at the door.</p>
              )}
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-muted-foreground">Order total</dt>
                <dd className="tabular-nums">{money(order.total, order.currency)}</dd>
                <dt className="text-muted-foreground">Method</dt>
                <dd>{PAYMENT_METHOD_LABELS[order.paymentMethod]}</dd>
                <dt className="text-muted-foreground">Payment</dt>
                <dd>
                  <PaymentStatusBadge status={order.paymentStatus} />
                </dd>
                {delivery.courierFee !== null && (
                  <>
                    <dt className="text-muted-foreground">Courier fee</dt>
                    <dd className="tabular-nums">{money(delivery.courierFee)}</dd>
                  </>
                )}
              </dl>
            </CardContent>
          </Card>

          <DeliveryProofCard proof={proof} photoUrl={proof.hasPhoto ? `/api/orgs/${ctx.org.slug}/deliveries/${delivery.id}/proof` : null} timeZone={tz} />
        </div>
      </div>
    </>
  );
}

/** The picker: suggested couriers (best first), then active couriers who are offline now. */
async function courierPickOptions(ctx: Parameters<typeof suggestCouriers>[0], deliveryId: string): Promise<CourierPickOption[]> {
  const [suggestions, all] = await Promise.all([suggestCouriers(ctx, deliveryId), courierOptions(ctx)]);
  const suggestedIds = new Set(suggestions.map((s) => s.courierId));
  return [
    ...suggestions.map((s, i) => ({ courierId: s.courierId, name: s.name, status: s.status, activeCount: s.activeCount, distanceKm: s.distanceKm, suggested: i === 0 })),
    ...all.filter((c) => !suggestedIds.has(c.id)).map((c) => ({ courierId: c.id, name: c.name, status: c.status, activeCount: null, distanceKm: null, suggested: false })),
  ];
}
