import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { deliveryTariffs, deliveryZones, type DeliveryTariff, type DeliveryZone } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';

export type ZoneDetail = DeliveryZone & { tariffs: DeliveryTariff[] };

/** A live zone of the organization with its live tariffs (in display order), or NotFound. */
export async function getZone(ctx: OrgContext, zoneId: string): Promise<ZoneDetail> {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const [zone] = await tx
      .select()
      .from(deliveryZones)
      .where(and(eq(deliveryZones.organizationId, ctx.org.id), eq(deliveryZones.id, zoneId), isNull(deliveryZones.deletedAt)));
    if (!zone) throw notFound('Delivery zone');
    const tariffs = await tx
      .select()
      .from(deliveryTariffs)
      .where(and(eq(deliveryTariffs.organizationId, ctx.org.id), eq(deliveryTariffs.zoneId, zone.id), isNull(deliveryTariffs.deletedAt)))
      .orderBy(asc(deliveryTariffs.sortOrder), asc(deliveryTariffs.createdAt));
    return { ...zone, tariffs };
  });
}
