import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { couriers, deliveries, deliveryZones, orders, type DeliveryStatus } from '@/db/schema';
import { DELIVERY_STATUSES } from '@/db/schema/values';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern, escapeLike, paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { distanceKm, latLng } from '../deliveries/geo';
import { OPEN_DELIVERY_STATUSES } from '../deliveries/transitions';
import { minutesBetween } from './format';
import { courierOptions, type CourierOption } from '../couriers-admin/list-couriers';
import { courierUser, displayName, zoneChoices } from './internal';
import { DELIVERIES_PAGE_SIZE, type DeliveryListFilters, type DeliveryStatusFilter } from './schemas';

export type DeliveryListRow = {
  id: string;
  trackingNumber: string;
  orderId: string;
  orderNumber: string;
  status: DeliveryStatus;
  courierId: string | null;
  courierName: string | null;
  zoneName: string | null;
  recipientName: string;
  recipientCity: string;
  /** Straight line from the pick-up point to the drop-off point; null when either is unknown. */
  distanceKm: number | null;
  createdAt: Date;
  /** Minutes since the delivery was created. */
  ageMinutes: number;
  estimatedDeliveryAt: Date | null;
  isLate: boolean;
  /** Minutes past the estimated time, for late ones. */
  lateByMinutes: number | null;
  codAmount: number;
  currency: string;
  failedAttempts: number;
};

/** How many deliveries each status tab holds under the other filters. */
export type DeliveryStatusCounts = Record<DeliveryStatusFilter | 'all', number>;

export type DeliveryBoard = Paged<DeliveryListRow> & { counts: DeliveryStatusCounts };

const isOpen = inArray(deliveries.status, [...OPEN_DELIVERY_STATUSES]);
const lateAt = (now: Date) => and(isOpen, isNotNull(deliveries.estimatedDeliveryAt), lt(deliveries.estimatedDeliveryAt, now))!;

/** WHERE of everything but the status tab; the organization first. Days are whole days in `timeZone`. */
function boardConditions(orgId: string, filters: DeliveryListFilters, timeZone: string): SQL {
  const where: (SQL | undefined)[] = [eq(deliveries.organizationId, orgId)];
  if (filters.courier === 'unassigned') where.push(sql`${deliveries.courierId} is null`);
  else if (filters.courier) where.push(eq(deliveries.courierId, filters.courier));
  if (filters.zone) where.push(eq(deliveries.zoneId, filters.zone));
  if (filters.from) where.push(sql`${deliveries.createdAt} >= (${filters.from}::date::timestamp at time zone ${timeZone})`);
  if (filters.to) where.push(sql`${deliveries.createdAt} < ((${filters.to}::date + 1)::timestamp at time zone ${timeZone})`);
  if (filters.q) where.push(or(ilike(deliveries.trackingNumber, containsPattern(filters.q)), ilike(orders.number, `${escapeLike(filters.q)}%`)));
  return and(...where)!;
}

function statusCondition(status: DeliveryStatusFilter | undefined, now: Date): SQL | undefined {
  if (!status) return undefined;
  if (status === 'open') return isOpen;
  if (status === 'late') return lateAt(now);
  return eq(deliveries.status, status);
}

const joinOrder = and(eq(orders.organizationId, deliveries.organizationId), eq(orders.id, deliveries.orderId));

/**
 * One page of the deliveries board, with the count of every status tab. The late tab lists the
 * most overdue first; every other tab the newest first.
 */
export async function listDeliveries(ctx: OrgContext, filters: DeliveryListFilters, now: Date = new Date()): Promise<DeliveryBoard> {
  requirePermission(ctx, 'deliveries.view');
  const base = boardConditions(ctx.org.id, filters, ctx.org.timezone);
  const where = and(base, statusCondition(filters.status, now));
  return ctx.tx(async (tx) => {
    const perStatus = await tx
      .select({ status: deliveries.status, total: count(), late: sql<number>`(count(*) filter (where ${lateAt(now)}))::int` })
      .from(deliveries)
      .innerJoin(orders, joinOrder)
      .where(base)
      .groupBy(deliveries.status);
    const counts = countsOf(perStatus);
    const total = filters.status ? counts[filters.status] : counts.all;
    const window = pageWindow(total, filters.page, DELIVERIES_PAGE_SIZE);
    const rows = await tx
      .select({
        delivery: {
          id: deliveries.id,
          trackingNumber: deliveries.trackingNumber,
          orderId: deliveries.orderId,
          status: deliveries.status,
          courierId: deliveries.courierId,
          address: deliveries.address,
          pickupLatitude: deliveries.pickupLatitude,
          pickupLongitude: deliveries.pickupLongitude,
          dropoffLatitude: deliveries.dropoffLatitude,
          dropoffLongitude: deliveries.dropoffLongitude,
          createdAt: deliveries.createdAt,
          estimatedDeliveryAt: deliveries.estimatedDeliveryAt,
          codAmount: deliveries.codAmount,
          currency: deliveries.currency,
          failedAttempts: deliveries.failedAttempts,
        },
        orderNumber: orders.number,
        courierName: displayName(courierUser),
        zoneName: deliveryZones.name,
      })
      .from(deliveries)
      .innerJoin(orders, joinOrder)
      .leftJoin(couriers, and(eq(couriers.organizationId, deliveries.organizationId), eq(couriers.id, deliveries.courierId)))
      .leftJoin(courierUser, eq(courierUser.id, couriers.userId))
      .leftJoin(deliveryZones, and(eq(deliveryZones.organizationId, deliveries.organizationId), eq(deliveryZones.id, deliveries.zoneId)))
      .where(where)
      .orderBy(...(filters.status === 'late' ? [asc(deliveries.estimatedDeliveryAt), asc(deliveries.id)] : [desc(deliveries.createdAt), desc(deliveries.id)]))
      .limit(DELIVERIES_PAGE_SIZE)
      .offset(window.offset);
    return { ...paged(rows.map((r) => toRow(r, now)), total, window.page, DELIVERIES_PAGE_SIZE), counts };
  });
}

function countsOf(perStatus: { status: DeliveryStatus; total: number; late: number }[]): DeliveryStatusCounts {
  const counts = Object.fromEntries([...DELIVERY_STATUSES, 'open', 'late', 'all'].map((k) => [k, 0])) as DeliveryStatusCounts;
  for (const { status, total, late } of perStatus) {
    counts[status] = Number(total);
    counts.all += Number(total);
    if (OPEN_DELIVERY_STATUSES.includes(status)) counts.open += Number(total);
    counts.late += Number(late);
  }
  return counts;
}

type Selected = {
  delivery: Omit<DeliveryListRow, 'orderNumber' | 'courierName' | 'zoneName' | 'recipientName' | 'recipientCity' | 'distanceKm' | 'ageMinutes' | 'isLate' | 'lateByMinutes'> & {
    address: { fullName: string; city: string };
    pickupLatitude: number | null;
    pickupLongitude: number | null;
    dropoffLatitude: number | null;
    dropoffLongitude: number | null;
  };
  orderNumber: string;
  courierName: string | null;
  zoneName: string | null;
};

function toRow({ delivery: d, orderNumber, courierName, zoneName }: Selected, now: Date): DeliveryListRow {
  const { address, pickupLatitude, pickupLongitude, dropoffLatitude, dropoffLongitude, ...rest } = d;
  const pickup = latLng(pickupLatitude, pickupLongitude);
  const dropoff = latLng(dropoffLatitude, dropoffLongitude);
  const late = OPEN_DELIVERY_STATUSES.includes(d.status) && d.estimatedDeliveryAt !== null && d.estimatedDeliveryAt < now;
  return {
    ...rest,
    orderNumber,
    courierName: d.courierId ? courierName : null,
    zoneName,
    recipientName: address.fullName,
    recipientCity: address.city,
    distanceKm: pickup && dropoff ? distanceKm(pickup, dropoff) : null,
    ageMinutes: minutesBetween(d.createdAt, now),
    isLate: late,
    lateByMinutes: late ? minutesBetween(d.estimatedDeliveryAt!, now) : null,
  };
}

/** What the board's courier and zone filters offer. */
export async function deliveryBoardOptions(ctx: OrgContext): Promise<{ couriers: CourierOption[]; zones: { id: string; name: string }[] }> {
  requirePermission(ctx, 'deliveries.view');
  const [couriers, zones] = await Promise.all([courierOptions(ctx), ctx.tx((tx) => zoneChoices(tx, ctx.org.id))]);
  return { couriers, zones };
}
