import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveryZones } from '@/db/schema';
import { notFound } from '@/lib/server/errors';
import { coordinateValue } from './coordinates';
import type { CreateZoneInput } from './schemas';

/** The live zone, locked for this transaction (changes to one zone and its tariffs queue). */
export async function lockZone(tx: Tx, orgId: string, zoneId: string) {
  const [row] = await tx
    .select()
    .from(deliveryZones)
    .where(and(eq(deliveryZones.organizationId, orgId), eq(deliveryZones.id, zoneId), isNull(deliveryZones.deletedAt)))
    .for('update');
  if (!row) throw notFound('Delivery zone');
  return row;
}

/** Every live zone of the organization in display order, locked in that order (reordering). */
export function lockZonesInOrder(tx: Tx, orgId: string) {
  return tx
    .select({ id: deliveryZones.id, name: deliveryZones.name, sortOrder: deliveryZones.sortOrder })
    .from(deliveryZones)
    .where(and(eq(deliveryZones.organizationId, orgId), isNull(deliveryZones.deletedAt)))
    .orderBy(asc(deliveryZones.sortOrder), asc(deliveryZones.createdAt), asc(deliveryZones.id))
    .for('update');
}

/** The form's values as columns: an empty description is "not set". */
export function zoneColumns(input: CreateZoneInput) {
  return {
    name: input.name,
    description: input.description || null,
    city: input.city,
    districts: input.districts,
    postalCodes: input.postalCodes,
    latitude: coordinateValue(input.latitude),
    longitude: coordinateValue(input.longitude),
    isActive: input.isActive,
  };
}
