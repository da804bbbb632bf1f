import type { Metadata } from 'next';
import { CircleCheck, Inbox, PackageSearch, PauseCircle } from 'lucide-react';
import { ClaimButton } from '@/components/courier/claim-button';
import { areaLine, CourierDeliveryCard } from '@/components/courier/courier-delivery-card';
import { OnlineSwitch } from '@/components/courier/online-switch';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { listClaimableDeliveries } from '@/lib/courier/list-claimable-deliveries';
import { listMyDeliveries } from '@/lib/courier/list-my-deliveries';
import { courierPageContext } from '@/lib/courier/page-context';
import { formatDistance } from '@/lib/delivery/deliveries/geo';
import { formatMoney } from '@/lib/money/money';

export const metadata: Metadata = { title: 'Deliveries' };

type Props = { params: Promise<{ org: string }> };

/** The courier's day: online switch, their deliveries in route order, deliveries to take, and what is done. */
export default async function CourierOrgPage({ params }: Props) {
  const { org: orgSlug } = await params;
  const cc = await courierPageContext(orgSlug);
  const [mine, claimable] = await Promise.all([listMyDeliveries(cc), cc.courier.isActive ? listClaimableDeliveries(cc) : null]);
  const { timezone: timeZone, defaultLocale: locale, slug } = cc.org;

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Today</h1>
      {cc.courier.isActive ? (
        <OnlineSwitch orgSlug={slug} status={cc.courier.status} />
      ) : (
        <Alert variant="warning">
          <PauseCircle aria-hidden="true" />
          <AlertDescription>{cc.org.name} has paused your courier account. You can finish what you have; ask the store to turn it back on for new deliveries.</AlertDescription>
        </Alert>
      )}

      <section aria-labelledby="route-heading" className="flex flex-col gap-2">
        <h2 id="route-heading" className="text-lg font-semibold">
          Your route {mine.open.length > 0 && <span className="text-muted-foreground">({mine.open.length})</span>}
        </h2>
        {mine.open.length > 0 && (
          <p className="text-sm text-muted-foreground">
            {mine.position ? 'Nearest next, from where you are.' : 'Nearest next, from the pick-up point. Share your location for a better order.'}
          </p>
        )}
        {mine.open.length === 0 ? (
          <EmptyState
            as="h3"
            icon={Inbox}
            title="No deliveries assigned to you"
            description={claimable?.rows.length ? 'Take one of the deliveries waiting below.' : `When ${cc.org.name} gives you a delivery, it appears here.`}
            className="bg-background"
          />
        ) : (
          <ol className="flex flex-col gap-2">
            {mine.open.map((d, i) => (
              <CourierDeliveryCard key={d.id} orgSlug={slug} delivery={d} stop={i + 1} timeZone={timeZone} locale={locale} />
            ))}
          </ol>
        )}
      </section>

      {claimable && (
        <section aria-labelledby="waiting-heading" className="flex flex-col gap-2">
          <h2 id="waiting-heading" className="text-lg font-semibold">
            Waiting to be taken {claimable.rows.length > 0 && <span className="text-muted-foreground">({claimable.rows.length}{claimable.more ? '+' : ''})</span>}
          </h2>
          {claimable.rows.length === 0 ? (
            <EmptyState as="h3" icon={PackageSearch} title="Nothing waiting" description="Every delivery has a courier." className="bg-background py-8" />
          ) : (
            <ul className="flex flex-col gap-2">
              {claimable.rows.map((d) => {
                const units = d.items.reduce((n, item) => n + item.quantity, 0);
                const area = areaLine(d.address) || d.address.city;
                return (
                  <li key={d.id} className="flex flex-col gap-3 rounded-lg border bg-background p-4">
                    <div className="flex flex-col gap-1">
                      <p className="font-semibold">{area}</p>
                      <p className="text-sm text-muted-foreground">
                        {units} {units === 1 ? 'item' : 'items'} · #{d.orderNumber}
                        {d.pickupLabel && ` · pick up at ${d.pickupLabel}`}
                        {d.distanceKm !== null && ` (${formatDistance(d.distanceKm)})`}
                      </p>
                      {d.codAmount > 0 && <p className="text-sm font-medium">Collect {formatMoney(d.codAmount, d.currency, locale)}</p>}
                    </div>
                    <ClaimButton orgSlug={slug} deliveryId={d.id} what={`the delivery to ${area}, order ${d.orderNumber}`} />
                  </li>
                );
              })}
            </ul>
          )}
          {claimable.more && <p className="text-sm text-muted-foreground">Showing the {claimable.rows.length} oldest. Take one to see more.</p>}
        </section>
      )}

      {mine.done.length > 0 && (
        <section aria-labelledby="done-heading" className="flex flex-col gap-2">
          <h2 id="done-heading" className="flex items-center gap-2 text-lg font-semibold">
            <CircleCheck aria-hidden="true" className="size-5 text-success" />
            Done today ({mine.done.length})
          </h2>
          <ul className="flex flex-col gap-2">
            {mine.done.map((d) => (
              <CourierDeliveryCard key={d.id} orgSlug={slug} delivery={d} timeZone={timeZone} locale={locale} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
