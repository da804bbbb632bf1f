import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TariffList, type TariffView } from '@/components/delivery/tariff-list';
import { ZoneForm } from '@/components/delivery/zone-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Separator } from '@/components/ui/separator';
import { amountText } from '@/lib/money/decimal-input';
import { coordinateText } from '@/lib/delivery/zones/coordinates';
import { getZone } from '@/lib/delivery/zones/get-zone';
import { formatMoney } from '@/lib/money/money';
import { AppError } from '@/lib/server/errors';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Delivery zone' };

type Props = { params: Promise<{ org: string; id: string }> };

/** One zone: where it delivers (editable) and its tariffs. */
export default async function DeliveryZonePage({ params }: Props) {
  const { org, id } = await params;
  const ctx = await orgPageContext(org);
  const slug = ctx.org.slug;
  if (!ctx.can('delivery.manage')) {
    return <Forbidden description="Only owners and admins manage delivery zones." action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  }
  const zone = await getZone(ctx, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  const currency = ctx.org.defaultCurrency;
  const money = (minor: number, cur: string) => formatMoney(minor, cur, ctx.org.defaultLocale);
  const tariffs: TariffView[] = zone.tariffs.map((t) => ({
    id: t.id,
    name: t.name,
    isActive: t.isActive,
    baseCost: money(t.baseCost, t.currency),
    costPerKg: t.costPerKg ? money(t.costPerKg, t.currency) : '—',
    minOrder: t.minOrderAmount ? money(t.minOrderAmount, t.currency) : '—',
    freeFrom: t.freeDeliveryThreshold === null ? '—' : money(t.freeDeliveryThreshold, t.currency),
    hours: t.estimatedHours === null ? '—' : String(t.estimatedHours),
    values: {
      name: t.name,
      baseCost: amountText(t.baseCost, t.currency),
      costPerKg: t.costPerKg ? amountText(t.costPerKg, t.currency) : '',
      minOrderAmount: t.minOrderAmount ? amountText(t.minOrderAmount, t.currency) : '',
      freeDeliveryThreshold: amountText(t.freeDeliveryThreshold, t.currency),
      estimatedHours: t.estimatedHours === null ? '' : String(t.estimatedHours),
      isActive: t.isActive,
    },
  }));

  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {zone.name} {!zone.isActive && <Badge variant="secondary">Inactive</Badge>}
          </span>
        }
        description={`Delivery in ${zone.city}.`}
      />
      <ZoneForm
        slug={slug}
        zone={{
          id: zone.id,
          values: {
            name: zone.name,
            description: zone.description ?? '',
            city: zone.city,
            districts: zone.districts,
            postalCodes: zone.postalCodes,
            latitude: coordinateText(zone.latitude),
            longitude: coordinateText(zone.longitude),
            isActive: zone.isActive,
          },
        }}
      />
      <Separator className="my-2" />
      <TariffList slug={slug} currency={currency} zoneId={zone.id} tariffs={tariffs} />
    </>
  );
}
