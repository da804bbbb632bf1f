import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couriers, memberships, users } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern, paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { courierTotals } from '../cash/internal';
import { courierMembership, courierProfileColumns } from './internal';
import { ratingAverage, type CourierStatusValue, type CourierVehicleValue } from './labels';
import { COURIERS_PAGE_SIZE, type CourierListFilters } from './schemas';

export type CourierListRow = {
  id: string;
  userId: string;
  name: string;
  email: string;
  phone: string | null;
  vehicleType: CourierVehicleValue;
  status: CourierStatusValue;
  isActive: boolean;
  lastSeenAt: Date | null;
  /** Average stars, null before the first rating. */
  rating: number | null;
  ratingCount: number;
  deliveriesDone: number;
  openDeliveries: number;
  totalEarnings: number;
  feePerDelivery: number;
  currency: string;
  cashCollected: number;
  cashHandedIn: number;
  /** Cash the courier still holds: collected minus handed in. */
  cashBalance: number;
};

/** One page of the organization's couriers (members with the courier role), active ones first, by name. */
export async function listCouriers(ctx: OrgContext, filters: CourierListFilters): Promise<Paged<CourierListRow>> {
  requirePermission(ctx, 'couriers.manage');
  const where: (SQL | undefined)[] = [eq(couriers.organizationId, ctx.org.id)];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    where.push(or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(couriers.phone, pattern)));
  }
  if (filters.status) where.push(eq(couriers.status, filters.status));
  if (filters.active) where.push(eq(couriers.isActive, filters.active === 'active'));
  const condition = and(...where);
  return ctx.tx(async (tx) => {
    const base = () => tx.select({ total: count() }).from(couriers).innerJoin(memberships, courierMembership).innerJoin(users, eq(users.id, couriers.userId));
    const [{ total } = { total: 0 }] = await base().where(condition);
    const window = pageWindow(total, filters.page, COURIERS_PAGE_SIZE);
    const rows = await tx
      .select(courierProfileColumns)
      .from(couriers)
      .innerJoin(memberships, courierMembership)
      .innerJoin(users, eq(users.id, couriers.userId))
      .where(condition)
      .orderBy(desc(couriers.isActive), asc(sql`lower(${courierProfileColumns.name})`), asc(couriers.id))
      .limit(COURIERS_PAGE_SIZE)
      .offset(window.offset);
    const totals = await pageTotals(tx, ctx.org.id, rows.map((r) => r.id));
    const shaped = rows.map(({ ratingSum, ratingCount, lastLatitude: _lat, lastLongitude: _lng, ...r }) => ({
      ...r,
      rating: ratingAverage(ratingSum, ratingCount),
      ratingCount,
      ...(totals.get(r.id) ?? NO_TOTALS),
    }));
    return paged(shaped, total, window.page, COURIERS_PAGE_SIZE);
  });
}

const NO_TOTALS = { deliveriesDone: 0, openDeliveries: 0, cashCollected: 0, cashHandedIn: 0, cashBalance: 0 };

/** The delivery and cash totals of the couriers on the page. */
async function pageTotals(tx: Tx, orgId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, typeof NO_TOTALS>();
  const { work, handins, columns } = courierTotals(tx, orgId, ids);
  const rows = await tx
    .select({ id: couriers.id, ...columns })
    .from(couriers)
    .leftJoin(work, eq(work.courierId, couriers.id))
    .leftJoin(handins, eq(handins.courierId, couriers.id))
    .where(and(eq(couriers.organizationId, orgId), inArray(couriers.id, ids)));
  return new Map(rows.map(({ id, ...t }) => [id, t]));
}

export type CourierOption = { id: string; name: string; status: CourierStatusValue; isActive: boolean };

/** Active courier members, by name: for filters and assignment pickers (staff included). */
export async function courierOptions(ctx: OrgContext): Promise<CourierOption[]> {
  requirePermission(ctx, 'deliveries.view');
  return ctx.tx((tx) =>
    tx
      .select({ id: couriers.id, name: courierProfileColumns.name, status: couriers.status, isActive: couriers.isActive })
      .from(couriers)
      .innerJoin(memberships, courierMembership)
      .innerJoin(users, eq(users.id, couriers.userId))
      .where(and(eq(couriers.organizationId, ctx.org.id), eq(couriers.isActive, true)))
      .orderBy(asc(sql`lower(${courierProfileColumns.name})`), asc(couriers.id)),
  );
}
