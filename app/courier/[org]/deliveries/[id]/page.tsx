import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft, Banknote, Map as MapIcon, MessageSquareText, Phone, Store, TriangleAlert } from 'lucide-react';
import { DeliveryStatusBadge } from '@/components/deliveries/delivery-status-badge';
import { DeliveryActions } from '@/components/courier/delivery-actions';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { getMyDelivery } from '@/lib/courier/get-my-delivery';
import { courierPageContext } from '@/lib/courier/page-context';
import { addressForMaps, mapsHref } from '@/lib/delivery/deliveries/geo';
import { formatMoney } from '@/lib/money/money';
import { orNotFound } from '@/lib/server/not-found';
import { telHref } from '@/lib/storefront/store-contact';

export const metadata: Metadata = { title: 'Delivery' };

type Props = { params: Promise<{ org: string; id: string }> };

/** One of the courier's deliveries: who, where, what, the cash to collect, and the next step. */
export default async function CourierDeliveryPage({ params }: Props) {
  const { org: orgSlug, id } = await params;
  const cc = await courierPageContext(orgSlug, `/courier/${orgSlug}/deliveries/${id}`);
  const detail = await orNotFound(getMyDelivery(cc, id));
  const { delivery: d, orderNumber } = detail;
  const a = d.address;
  const open = d.status === 'pending' || d.status === 'processing' || d.status === 'dispatched';
  const collect = d.codAmount > 0 && d.status !== 'delivered';
  const units = d.items.reduce((n, i) => n + i.quantity, 0);

  return (
    <>
      <Link
        href={`/courier/${cc.org.slug}`}
        className="inline-flex h-12 w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Back to today
      </Link>
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">{a.fullName}</h1>
          <DeliveryStatusBadge status={d.status} />
          {detail.late && <Badge variant="destructive">Late</Badge>}
        </div>
        <p className="text-sm text-muted-foreground">
          Order #{orderNumber} · <span className="font-mono">{d.trackingNumber}</span>
          {d.estimatedDeliveryAt && open && (
            <>
              {' '}
              · due <DateTime value={d.estimatedDeliveryAt} timeZone={cc.org.timezone} />
            </>
          )}
        </p>
      </div>

      {collect && (
        <div className="flex items-center gap-3 rounded-lg border-2 border-success/60 bg-success/10 p-4" role="note" aria-label="Cash to collect">
          <Banknote aria-hidden="true" className="size-8 shrink-0 text-success" />
          <div className="flex flex-col">
            <span className="text-sm font-medium">Collect in cash</span>
            <span className="text-3xl font-bold tabular-nums">{formatMoney(d.codAmount, d.currency, cc.org.defaultLocale)}</span>
          </div>
        </div>
      )}

      {d.failedAttempts > 0 && open && (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>
            {d.failedAttempts} failed {d.failedAttempts === 1 ? 'attempt' : 'attempts'} so far{d.lastFailureReason ? `; last: “${d.lastFailureReason}”` : ''}.
          </AlertDescription>
        </Alert>
      )}

      <Card>
        <CardHeader className="pb-3">
          <CardTitle as="h2">Drop-off</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <address className="flex flex-col text-base not-italic">
            <span>{[a.street, a.building].filter(Boolean).join(', ')}</span>
            {a.apartment && <span>Apartment {a.apartment}</span>}
            <span className="text-muted-foreground">{[a.district, a.city, a.postalCode].filter(Boolean).join(', ')}</span>
          </address>
          <div className="grid grid-cols-2 gap-2">
            {a.phone && (
              <Button asChild size="lg" className="h-12 px-3">
                <a href={telHref(a.phone)}>
                  <Phone aria-hidden="true" />
                  Call
                  <span className="sr-only"> {a.fullName}</span>
                </a>
              </Button>
            )}
            <Button asChild variant="outline" size="lg" className={a.phone ? 'h-12 px-3' : 'col-span-2 h-12 px-3'}>
              <a href={mapsHref(addressForMaps(a))} target="_blank" rel="noreferrer">
                <MapIcon aria-hidden="true" />
                Open in maps
                <span className="sr-only"> (opens your maps app)</span>
              </a>
            </Button>
          </div>
          {d.specialInstructions && (
            <p className="flex items-start gap-2 rounded-md bg-warning/10 p-3 text-sm">
              <MessageSquareText aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>
                <span className="font-medium">Instructions: </span>
                {d.specialInstructions}
              </span>
            </p>
          )}
        </CardContent>
      </Card>

      {(d.status === 'pending' || d.status === 'processing') && d.pickupLabel && (
        <Card>
          <CardHeader className="pb-3">
            <CardTitle as="h2">Pick-up</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <p className="flex items-center gap-2">
              <Store aria-hidden="true" className="size-4 text-muted-foreground" />
              {d.pickupLabel}
            </p>
            {detail.pickup && (
              <Button asChild variant="outline" size="lg" className="h-12 w-full">
                <a href={mapsHref(detail.pickup)} target="_blank" rel="noreferrer">
                  <MapIcon aria-hidden="true" />
                  Pick-up in maps
                  <span className="sr-only"> (opens your maps app)</span>
                </a>
              </Button>
            )}
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader className="pb-3">
          <CardTitle as="h2">
            Items <span className="text-muted-foreground">({units})</span>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="flex flex-col divide-y">
            {d.items.map((item, i) => (
              <li key={`${item.sku ?? item.name}-${i}`} className="flex items-start justify-between gap-3 py-2">
                <span className="min-w-0">
                  {item.name}
                  {item.variantName && <span className="text-muted-foreground"> · {item.variantName}</span>}
                </span>
                <span className="shrink-0 font-semibold tabular-nums">× {item.quantity}</span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>

      {open ? (
        <section aria-labelledby="next-step-heading" className="flex flex-col gap-3 rounded-lg border bg-background p-4">
          <h2 id="next-step-heading" className="text-lg font-semibold">
            Next step
          </h2>
          <DeliveryActions orgSlug={cc.org.slug} detail={detail} />
        </section>
      ) : (
        <p className="text-sm text-muted-foreground">
          {d.status === 'delivered' && d.deliveredAt && (
            <>
              Delivered <DateTime value={d.deliveredAt} timeZone={cc.org.timezone} />.
            </>
          )}
          {d.status === 'returned' && `Returned to the store${d.returnReason ? `: ${d.returnReason}` : ''}.`}
          {d.status === 'cancelled' && 'The store cancelled this delivery.'}
        </p>
      )}
    </>
  );
}
