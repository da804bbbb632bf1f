import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { deliveryTariffs, deliveryZones } from '@/db/schema';
import { noDeliveryMessage, pickZone } from '@/lib/checkout/delivery-options';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import type { CheckAddressInput } from './schemas';

export type AddressCheck =
  | { zone: { id: string; name: string; city: string }; tariffs: AddressCheckTariff[] }
  | { zone: null; message: string };

export type AddressCheckTariff = {
  id: string;
  name: string;
  baseCost: number;
  costPerKg: number;
  minOrderAmount: number;
  freeDeliveryThreshold: number | null;
  estimatedHours: number | null;
  currency: string;
};

/** "Try an address": the zone the checkout would pick for it (the same matcher) and that zone's active tariffs. */
export async function checkDeliveryAddress(ctx: OrgContext, address: CheckAddressInput): Promise<AddressCheck> {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const zones = await tx
      .select()
      .from(deliveryZones)
      .where(and(eq(deliveryZones.organizationId, ctx.org.id), isNull(deliveryZones.deletedAt)));
    const zone = pickZone(zones, address);
    if (!zone) return { zone: null, message: noDeliveryMessage(address, false) };
    const tariffs = await tx
      .select({
        id: deliveryTariffs.id,
        name: deliveryTariffs.name,
        baseCost: deliveryTariffs.baseCost,
        costPerKg: deliveryTariffs.costPerKg,
        minOrderAmount: deliveryTariffs.minOrderAmount,
        freeDeliveryThreshold: deliveryTariffs.freeDeliveryThreshold,
        estimatedHours: deliveryTariffs.estimatedHours,
        currency: deliveryTariffs.currency,
      })
      .from(deliveryTariffs)
      .where(and(eq(deliveryTariffs.organizationId, ctx.org.id), eq(deliveryTariffs.zoneId, zone.id), eq(deliveryTariffs.isActive, true), isNull(deliveryTariffs.deletedAt)))
      .orderBy(asc(deliveryTariffs.sortOrder), asc(deliveryTariffs.createdAt));
    return { zone: { id: zone.id, name: zone.name, city: zone.city }, tariffs };
  });
}
