import { and, eq, isNull } from 'drizzle-orm';
import { withOrg } from '../../scope';
import { deliveryTariffs, deliveryZones, type DeliveryTariff, type DeliveryZone, type Organization } from '../../schema';
import { normalizePostalCode } from '../../../lib/checkout/delivery-options';
import { minor } from '../catalog/prices';
import type { ZoneSpec } from './types';

/** The demo zones (found by name among the live ones) and their tariffs (by name within the zone), written where missing. */
export async function ensureZones(org: Organization, specs: ZoneSpec[]) {
  const cur = org.defaultCurrency;
  return withOrg(org.id, async (tx) => {
    const zones = await tx.select().from(deliveryZones).where(and(eq(deliveryZones.organizationId, org.id), isNull(deliveryZones.deletedAt)));
    const tariffs = await tx.select().from(deliveryTariffs).where(and(eq(deliveryTariffs.organizationId, org.id), isNull(deliveryTariffs.deletedAt)));
    let created = 0;
    const out: { zone: DeliveryZone; tariffs: DeliveryTariff[] }[] = [];
    for (const [i, spec] of specs.entries()) {
      let zone = zones.find((z) => z.name === spec.name);
      if (!zone) {
        [zone] = await tx
          .insert(deliveryZones)
          .values({
            organizationId: org.id,
            name: spec.name,
            description: spec.description ?? null,
            city: spec.city,
            districts: spec.districts ?? [],
            postalCodes: (spec.postalCodes ?? []).map(normalizePostalCode),
            sortOrder: i,
          })
          .returning();
        created++;
      }
      const mine: DeliveryTariff[] = [];
      for (const [j, t] of spec.tariffs.entries()) {
        const found = tariffs.find((x) => x.zoneId === zone!.id && x.name === t.name);
        if (found) {
          mine.push(found);
          continue;
        }
        const [row] = await tx
          .insert(deliveryTariffs)
          .values({
            organizationId: org.id,
            zoneId: zone!.id,
            name: t.name,
            baseCost: minor(t.base, cur),
            costPerKg: minor(t.perKg ?? 0, cur),
            minOrderAmount: minor(t.minOrder ?? 0, cur),
            freeDeliveryThreshold: t.freeFrom === undefined ? null : minor(t.freeFrom, cur),
            estimatedHours: t.hours ?? null,
            currency: cur,
            sortOrder: j,
          })
          .returning();
        mine.push(row!);
      }
      out.push({ zone: zone!, tariffs: mine });
    }
    return { zones: out, created };
  });
}
