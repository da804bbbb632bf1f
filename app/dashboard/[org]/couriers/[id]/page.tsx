import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft, MapPin, Wallet } from 'lucide-react';
import { CashLedgerTable, type CashLedgerRowView } from '@/components/couriers/cash-ledger-table';
import { CourierProfileForm } from '@/components/couriers/courier-profile-form';
import { CourierStats } from '@/components/couriers/courier-stats';
import { CourierStatusBadge } from '@/components/couriers/courier-status-badge';
import { RecordHandinForm } from '@/components/couriers/record-handin-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { featureOffPage } from '@/components/plans/feature-not-on-plan';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { courierCashLedger } from '@/lib/delivery/cash/courier-cash-ledger';
import { COURIER_VEHICLE_LABELS, formatRating } from '@/lib/delivery/couriers-admin/labels';
import { getCourier } from '@/lib/delivery/couriers-admin/get-courier';
import { latLng, mapsHref } from '@/lib/delivery/deliveries/geo';
import { formatMoney, toDecimalString } from '@/lib/money/money';
import { PageParam } from '@/lib/server/list-query';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';
import { firstParam } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Courier' };

type Props = { params: Promise<{ org: string; id: string }>; searchParams: SearchParams };

/** One courier: profile, work and rating, and (for who reconciles cash) the cash they hold with its ledger. */
export default async function CourierPage({ params, searchParams }: Props) {
  const { org: orgSlug, id } = await params;
  const ctx = await orgPageContext(orgSlug);
  const { org } = ctx;
  const listPath = `/dashboard/${org.slug}/couriers`;
  if (!ctx.can('couriers.manage')) {
    return <Forbidden description="Only owners and admins manage couriers." action={{ href: `/dashboard/${org.slug}`, label: 'Back to the overview' }} />;
  }
  const featureOff = await featureOffPage(ctx, 'deliveries');
  if (featureOff) return featureOff;
  const courier = await orNotFound(getCourier(ctx, id));
  const canReconcile = ctx.can('cash.reconcile');
  const ledger = canReconcile ? await courierCashLedger(ctx, courier.id, PageParam.parse(firstParam((await searchParams).page))) : null;
  const money = (minor: number) => formatMoney(minor, courier.currency, org.defaultLocale);
  const position = latLng(courier.lastLatitude, courier.lastLongitude);
  const pagePath = `${listPath}/${courier.id}`;

  const entries: CashLedgerRowView[] =
    ledger?.rows.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at,
      amount: e.amount > 0 ? `+${money(e.amount)}` : `−${money(-e.amount)}`,
      balanceAfter: money(e.balanceAfter),
      trackingNumber: e.trackingNumber,
      orderNumber: e.orderNumber,
      orderHref: e.orderId && ctx.can('orders.view') ? `/dashboard/${org.slug}/orders/${e.orderId}` : null,
      note: e.note,
      receivedByName: e.receivedByName,
    })) ?? [];

  return (
    <>
      <Link href={listPath} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        Couriers
      </Link>
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">{courier.name}</h1>
          <CourierStatusBadge status={courier.status} isActive={courier.isActive} />
        </div>
        <p className="text-sm text-muted-foreground">
          {courier.email} · {courier.phone ?? 'No phone'} · {COURIER_VEHICLE_LABELS[courier.vehicleType]}
        </p>
        <p className="text-sm text-muted-foreground">
          Last seen <DateTime value={courier.lastSeenAt} timeZone={org.timezone} />
          {position && (
            <>
              {' · '}
              <a href={mapsHref(position)} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 underline-offset-4 hover:underline">
                <MapPin aria-hidden="true" className="size-3.5" />
                Last known position
                <span className="sr-only"> (opens a map in a new tab)</span>
              </a>
            </>
          )}
        </p>
      </div>

      {!courier.isCourierMember && (
        <Alert variant="warning">
          <AlertDescription>
            {courier.name} no longer has the courier role here: they get no deliveries. Their history and any cash they still hold stay on this page.
          </AlertDescription>
        </Alert>
      )}

      <CourierStats
        items={[
          { label: 'Deliveries done', value: String(courier.deliveriesDone) },
          { label: 'Open now', value: String(courier.openDeliveries) },
          { label: 'Total earnings', value: money(courier.totalEarnings), detail: `${money(courier.feePerDelivery)} per delivery` },
          { label: 'Rating', value: courier.rating === null ? '—' : `${courier.rating.toFixed(1)} ★`, detail: formatRating(courier.rating, courier.ratingCount) },
        ]}
      />

      <div className="grid gap-6 xl:grid-cols-5">
        <Card className="xl:col-span-2">
          <CardHeader>
            <CardTitle as="h2">Profile</CardTitle>
            <CardDescription>Name and email are the member’s own account details.</CardDescription>
          </CardHeader>
          <CardContent>
            <CourierProfileForm
              slug={org.slug}
              courierId={courier.id}
              currency={courier.currency}
              defaultValues={{
                phone: courier.phone ?? '',
                vehicleType: courier.vehicleType,
                isActive: courier.isActive,
                feePerDelivery: toDecimalString(courier.feePerDelivery, courier.currency),
              }}
            />
          </CardContent>
        </Card>

        {ledger && (
          <Card className="xl:col-span-3" role="region" aria-labelledby="cash-title">
            <CardHeader>
              <CardTitle as="h2" id="cash-title">
                Cash on delivery
              </CardTitle>
              <CardDescription>Cash collected at the door on delivered orders, and what was handed in to the store.</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-6">
              <dl className="grid grid-cols-3 gap-3 text-sm">
                <div className="flex flex-col gap-1 rounded-lg border p-3">
                  <dt className="text-muted-foreground">Collected</dt>
                  <dd className="font-medium tabular-nums">{money(courier.cashCollected)}</dd>
                </div>
                <div className="flex flex-col gap-1 rounded-lg border p-3">
                  <dt className="text-muted-foreground">Handed in</dt>
                  <dd className="font-medium tabular-nums">{money(courier.cashHandedIn)}</dd>
                </div>
                <div className="flex flex-col gap-1 rounded-lg border border-primary/40 bg-primary/5 p-3">
                  <dt className="text-muted-foreground">Still held</dt>
                  <dd className="text-lg font-semibold tabular-nums">{money(courier.cashBalance)}</dd>
                </div>
              </dl>
              {courier.cashBalance > 0 ? (
                <RecordHandinForm
                  slug={org.slug}
                  courierId={courier.id}
                  currency={courier.currency}
                  locale={org.defaultLocale}
                  balanceDecimal={toDecimalString(courier.cashBalance, courier.currency)}
                  balanceText={money(courier.cashBalance)}
                />
              ) : (
                <p className="text-sm text-muted-foreground">{courier.name} holds no cash: nothing to hand in.</p>
              )}
              <div className="flex flex-col gap-3">
                <h3 className="text-base font-semibold">Ledger</h3>
                {ledger.total === 0 ? (
                  <EmptyState as="h3" icon={Wallet} title="No cash yet" description="Delivered cash-on-delivery orders and hand-ins appear here." />
                ) : (
                  <CashLedgerTable rows={entries} timeZone={org.timezone} />
                )}
                <Pagination basePath={pagePath} page={ledger.page} totalPages={ledger.totalPages} />
              </div>
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
