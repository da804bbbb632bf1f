import 'server-only';
import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { deliveryTariffs, deliveryZones } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { ZONES_PAGE_SIZE, type ZoneListFilters } from './schemas';

export type ZoneListRow = {
  id: string;
  name: string;
  city: string;
  districts: string[];
  postalCodes: string[];
  isActive: boolean;
  /** Place in the checkout's matching order, 1-based over all zones (not just this page). */
  position: number;
  tariffs: number;
  activeTariffs: number;
};

/** One page of the organization's zones, in matching order, filtered by city and state. */
export async function listZones(ctx: OrgContext, filters: ZoneListFilters): Promise<Paged<ZoneListRow> & { zoneCount: number }> {
  requirePermission(ctx, 'delivery.manage');
  const live = and(eq(deliveryZones.organizationId, ctx.org.id), isNull(deliveryZones.deletedAt));
  const conditions: (SQL | undefined)[] = [live];
  if (filters.city) conditions.push(sql`lower(${deliveryZones.city}) = lower(${filters.city})`);
  if (filters.status) conditions.push(eq(deliveryZones.isActive, filters.status === 'active'));
  const where = and(...conditions);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(deliveryZones).where(where);
    const [{ zoneCount } = { zoneCount: 0 }] = await tx.select({ zoneCount: count() }).from(deliveryZones).where(live);
    const window = pageWindow(total, filters.page, ZONES_PAGE_SIZE);
    const tariffs = tx
      .select({
        zoneId: deliveryTariffs.zoneId,
        total: sql<number>`count(*)::int`.as('total'),
        active: sql<number>`count(*) filter (where ${deliveryTariffs.isActive})::int`.as('active'),
      })
      .from(deliveryTariffs)
      .where(and(eq(deliveryTariffs.organizationId, ctx.org.id), isNull(deliveryTariffs.deletedAt)))
      .groupBy(deliveryTariffs.zoneId)
      .as('tariffs');
    const ranked = tx
      .select({
        id: deliveryZones.id,
        position: sql<number>`row_number() over (order by ${deliveryZones.sortOrder}, ${deliveryZones.createdAt}, ${deliveryZones.id})::int`.as('position'),
      })
      .from(deliveryZones)
      .where(live)
      .as('ranked');
    const rows = await tx
      .select({
        id: deliveryZones.id,
        name: deliveryZones.name,
        city: deliveryZones.city,
        districts: deliveryZones.districts,
        postalCodes: deliveryZones.postalCodes,
        isActive: deliveryZones.isActive,
        position: ranked.position,
        tariffs: sql<number>`coalesce(${tariffs.total}, 0)`,
        activeTariffs: sql<number>`coalesce(${tariffs.active}, 0)`,
      })
      .from(deliveryZones)
      .innerJoin(ranked, eq(ranked.id, deliveryZones.id))
      .leftJoin(tariffs, eq(tariffs.zoneId, deliveryZones.id))
      .where(where)
      .orderBy(asc(ranked.position))
      .limit(ZONES_PAGE_SIZE)
      .offset(window.offset);
    const shaped = rows.map((r) => ({ ...r, position: Number(r.position), tariffs: Number(r.tariffs), activeTariffs: Number(r.activeTariffs) }));
    return { ...paged(shaped, total, window.page, ZONES_PAGE_SIZE), zoneCount };
  });
}

/** The cities the organization delivers to, for the list's filter. */
export async function listZoneCities(ctx: OrgContext): Promise<string[]> {
  requirePermission(ctx, 'delivery.manage');
  const rows = await ctx.tx((tx) =>
    tx
      .selectDistinctOn([sql`lower(${deliveryZones.city})`], { city: deliveryZones.city })
      .from(deliveryZones)
      .where(and(eq(deliveryZones.organizationId, ctx.org.id), isNull(deliveryZones.deletedAt)))
      .orderBy(sql`lower(${deliveryZones.city})`),
  );
  return rows.map((r) => r.city);
}
