import 'server-only';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { couriers, deliveries, deliveryTrackingPoints } from '@/db/schema';
import { UNDER_WAY_STATUSES } from '@/lib/delivery/deliveries/transitions';
import { requirePermission } from '@/lib/server/context';
import type { CourierContext } from './context';
import type { LocationPoint, RecordLocationInput } from './schemas';

/** Points the phone kept while offline are still worth having for a day; a clock far ahead is wrong. */
export const MAX_POINT_AGE_MS = 24 * 3_600_000;
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

type Candidate = { id: string; underWay: boolean; startedAt: Date | null; closedAt: Date | null };

/** Under way now: every point. Closed since: the points the phone took while it was under way (a queue sent late). */
const belongsTo = (d: Candidate, p: LocationPoint) =>
  d.underWay || (d.startedAt !== null && d.closedAt !== null && p.recordedAt >= d.startedAt && p.recordedAt <= d.closedAt);

/**
 * Positions from the courier's phone. Each point is stored once for each of their deliveries
 * under way (a resent batch changes nothing: points are keyed by delivery and phone time), and
 * the newest point becomes the courier's last known position. Points older than a day or from
 * the future are skipped; the answer says how many. No audit row: a phone sends a batch every
 * few seconds, and the tracking points themselves record who was where and when.
 */
export async function recordLocation(cc: CourierContext, { points }: RecordLocationInput, now: Date = new Date()) {
  requirePermission(cc, 'courier.work');
  const usable = points.filter((p) => {
    const age = now.getTime() - p.recordedAt.getTime();
    return age <= MAX_POINT_AGE_MS && age >= -MAX_CLOCK_AHEAD_MS;
  });
  const skipped = points.length - usable.length;
  if (usable.length === 0) return { recorded: 0, skipped, deliveries: 0 };
  const newest = usable.reduce((a, b) => (b.recordedAt > a.recordedAt ? b : a));
  const oldest = usable.reduce((a, b) => (b.recordedAt < a.recordedAt ? b : a));

  return cc.tx(async (tx) => {
    const closedAt = sql<Date | null>`coalesce(${deliveries.deliveredAt}, ${deliveries.returnedAt}, ${deliveries.cancelledAt})`;
    const candidates: Candidate[] = await tx
      .select({
        id: deliveries.id,
        underWay: sql<boolean>`${inArray(deliveries.status, [...UNDER_WAY_STATUSES])}`,
        startedAt: deliveries.startedAt,
        closedAt: closedAt.mapWith(deliveries.deliveredAt),
      })
      .from(deliveries)
      .where(
        and(
          eq(deliveries.organizationId, cc.org.id),
          eq(deliveries.courierId, cc.courier.id),
          or(inArray(deliveries.status, [...UNDER_WAY_STATUSES]), sql`${closedAt} >= ${oldest.recordedAt.toISOString()}::timestamptz`),
        ),
      );
    const rows = candidates.flatMap((d) =>
      usable
        .filter((p) => belongsTo(d, p))
        .map((p) => ({
          organizationId: cc.org.id,
          deliveryId: d.id,
          courierId: cc.courier.id,
          latitude: p.latitude,
          longitude: p.longitude,
          accuracyMeters: p.accuracy ?? null,
          recordedAt: p.recordedAt,
        })),
    );
    const inserted = rows.length
      ? await tx.insert(deliveryTrackingPoints).values(rows).onConflictDoNothing().returning({ id: deliveryTrackingPoints.id })
      : [];
    // Only forward: a late retry of an old batch must not move the courier back in time.
    await tx
      .update(couriers)
      .set({ lastLatitude: newest.latitude, lastLongitude: newest.longitude, lastSeenAt: newest.recordedAt })
      .where(and(eq(couriers.organizationId, cc.org.id), eq(couriers.id, cc.courier.id), or(isNull(couriers.lastSeenAt), lt(couriers.lastSeenAt, newest.recordedAt))));
    return { recorded: inserted.length, skipped, deliveries: new Set(rows.map((r) => r.deliveryId)).size };
  });
}
