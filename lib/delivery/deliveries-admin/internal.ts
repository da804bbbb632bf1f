import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
import { deliveries, deliveryZones, users, type Delivery } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

/** The courier's account, joined beside other users (the member who acted, for instance). */
export const courierUser = alias(users, 'courier_user');

/** How a person reads on screen: their name, else their email. */
export const displayName = (t: typeof users | typeof courierUser) => sql<string>`coalesce(nullif(${t.name}, ''), ${t.email})`;

/** The delivery of this organization, or NotFound (another tenant's id reads as missing). */
export async function getDeliveryInOrg(tx: Tx, orgId: string, deliveryId: string): Promise<Delivery> {
  const [row] = await tx.select().from(deliveries).where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, deliveryId)));
  if (!row) throw notFound('Delivery');
  return row;
}

export function zoneChoices(tx: Tx, orgId: string): Promise<{ id: string; name: string }[]> {
  return tx
    .select({ id: deliveryZones.id, name: deliveryZones.name })
    .from(deliveryZones)
    .where(and(eq(deliveryZones.organizationId, orgId), isNull(deliveryZones.deletedAt)))
    .orderBy(asc(deliveryZones.sortOrder), asc(deliveryZones.name));
}
