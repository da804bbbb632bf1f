import { and, eq, isNull } from 'drizzle-orm';
import { withOrg } from '../../scope';
import { deliverySettings, deliveryZones, warehouses, type Organization } from '../../schema';
import type { DeliveryDemo } from './data';

/**
 * Puts the demo warehouses (pick-up points) and zone centres on the map, by name, where they have
 * no point yet (one set by the merchant stays). Returns the points now on the store's warehouses.
 */
export async function ensurePlaces(org: Organization, demo: DeliveryDemo): Promise<number> {
  return withOrg(org.id, async (tx) => {
    let placed = 0;
    for (const [name, [latitude, longitude]] of Object.entries(demo.warehouses)) {
      const rows = await tx
        .update(warehouses)
        .set({ latitude, longitude })
        .where(and(eq(warehouses.organizationId, org.id), eq(warehouses.name, name), isNull(warehouses.latitude), isNull(warehouses.deletedAt)))
        .returning({ id: warehouses.id });
      placed += rows.length;
    }
    for (const [name, [latitude, longitude]] of Object.entries(demo.zones)) {
      const rows = await tx
        .update(deliveryZones)
        .set({ latitude, longitude })
        .where(and(eq(deliveryZones.organizationId, org.id), eq(deliveryZones.name, name), isNull(deliveryZones.latitude), isNull(deliveryZones.deletedAt)))
        .returning({ id: deliveryZones.id });
      placed += rows.length;
    }
    return placed;
  });
}

/** The store's delivery settings row when the demo has one and the store has none yet. */
export async function ensureDeliverySettings(org: Organization, demo: DeliveryDemo): Promise<boolean> {
  if (!demo.proof) return false;
  const rows = await withOrg(org.id, (tx) =>
    tx
      .insert(deliverySettings)
      .values({ organizationId: org.id, proofRequirement: demo.proof!, createOnPacked: true, otpMaxAttempts: 5 })
      .onConflictDoNothing({ target: deliverySettings.organizationId })
      .returning({ id: deliverySettings.id }),
  );
  return rows.length > 0;
}
