import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../client';
import { couriers, deliveries, deliveryTrackingPoints, type Delivery, type Order, type Organization } from '../../schema';
import { assignCourier } from '../../../lib/delivery/deliveries/assign-courier';
import { changeDeliveryStatus, recordFailedAttempt } from '../../../lib/delivery/deliveries/change-delivery-status';
import { createDeliveryForOrder, findOpenDelivery } from '../../../lib/delivery/deliveries/create-delivery';
import { getDeliverySettings } from '../../../lib/delivery/deliveries/delivery-settings';
import { latLng, type LatLng } from '../../../lib/delivery/deliveries/geo';
import { writeDeliveryHistory } from '../../../lib/delivery/deliveries/history';
import { lockDelivery } from '../../../lib/delivery/deliveries/lock-delivery';
import { checkDeliveryOtp } from '../../../lib/delivery/deliveries/otp';
import { changeOrderStatus } from '../../../lib/orders/change-order-status';
import type { DemoCourier } from './couriers';
import type { CourierRole, Story, StoryStep } from './plans';
import { backdate } from './retime';

const HOUR = 3_600_000;
const MINUTE = 60_000;

export type StoryCast = {
  org: Organization;
  /** The staff member who moves orders and assigns couriers. */
  staffId: string;
  team: Record<CourierRole, DemoCourier>;
  now: Date;
  /** Start of the store's calendar day: what the courier's day shows as done today. */
  todayStart: Date;
};

const ORDER_STEP = { confirm: 'confirmed', process: 'processing', pack: 'packed' } as const;

/** A spot a little off `p` (the shopper's door is not the zone's centre), steady per order. */
function near(p: LatLng, seed: number, metres = 400): LatLng {
  const angle = (seed * 137.5 * Math.PI) / 180;
  const d = metres / 111_000;
  return { latitude: p.latitude + d * Math.sin(angle), longitude: p.longitude + (d * Math.cos(angle)) / Math.cos((p.latitude * Math.PI) / 180) };
}

function seedOf(order: Order) {
  return [...order.number].reduce((s, ch) => s + ch.charCodeAt(0), 0);
}

/** When a step happened; a delivery "today" stays on the store's calendar day (the seed may run just after midnight). */
function stepTime(cast: StoryCast, step: StoryStep): Date {
  const at = new Date(cast.now.getTime() - step.hoursAgo * HOUR);
  if (step.do !== 'deliver' || !step.today || at >= cast.todayStart) return at;
  const dayStart = cast.todayStart.getTime();
  return new Date(Math.max(dayStart, Math.min(dayStart + 2 * MINUTE, cast.now.getTime() - MINUTE)));
}

/**
 * Plays a story on one order in the caller's transaction, through the same verbs the dashboard
 * and the courier's phone use (so history, order status, courier status and earnings follow),
 * then gives each step its time in the past.
 */
export async function playStory(tx: Tx, cast: StoryCast, order: Order, story: Story): Promise<Delivery | undefined> {
  const { org } = cast;
  const staff = { type: 'staff' as const, userId: cast.staffId };
  let delivery: Delivery | undefined = await findOpenDelivery(tx, org.id, order.id);
  let otp: string | null = null;
  let previous = order.createdAt;
  const courierActor = () => {
    const member = Object.values(cast.team).find((m) => m.courier.id === delivery?.courierId);
    return { type: 'courier' as const, userId: member?.userId ?? null };
  };
  const pickup = () => latLng(delivery?.pickupLatitude ?? null, delivery?.pickupLongitude ?? null);
  const door = () => {
    const centre = latLng(delivery?.dropoffLatitude ?? null, delivery?.dropoffLongitude ?? null);
    return centre ? near(centre, seedOf(order)) : null;
  };
  const changeTo = async (to: 'processing' | 'dispatched' | 'delivered' | 'returned', extra: { reason?: string; location?: LatLng | null } = {}) => {
    const result = await changeDeliveryStatus(tx, org.id, { deliveryId: delivery!.id, to, actor: courierActor(), onlyCourierId: delivery!.courierId ?? undefined, ...extra });
    delivery = result.delivery;
    return result;
  };

  for (const step of story.steps) {
    const at = stepTime(cast, step);
    switch (step.do) {
      case 'confirm':
      case 'process':
      case 'pack':
        await changeOrderStatus(tx, org.id, { orderId: order.id, to: ORDER_STEP[step.do], actor: staff });
        if (step.do === 'pack') delivery = (await findOpenDelivery(tx, org.id, order.id)) ?? (await createDeliveryForOrder(tx, org.id, { orderId: order.id, actor: staff }));
        break;
      case 'open':
        delivery = await createDeliveryForOrder(tx, org.id, { orderId: order.id, actor: staff, now: at });
        break;
      case 'assign':
        delivery = await assignCourier(tx, org.id, { deliveryId: delivery!.id, courierId: cast.team[step.courier].courier.id, actor: staff });
        break;
      case 'start':
        await changeTo('processing', { location: pickup() && near(pickup()!, seedOf(order) + 1, 1500) });
        break;
      case 'pickup':
        otp = (await changeTo('dispatched', { location: pickup() })).otp;
        break;
      case 'fail':
        delivery = await recordFailedAttempt(tx, org.id, { deliveryId: delivery!.id, reason: step.reason, actor: courierActor(), location: door(), onlyCourierId: delivery!.courierId! });
        break;
      case 'deliver': {
        // The shopper reads out the code they were sent at dispatch; the courier types it in.
        if (otp) await checkDeliveryOtp(tx, org.id, await lockDelivery(tx, org.id, delivery!.id), otp, (await getDeliverySettings(tx, org.id)).otpMaxAttempts);
        await changeTo('delivered', { location: door() });
        break;
      }
      case 'return':
        await changeTo('returned', { reason: step.reason, location: door() });
        break;
      case 'rate':
        await rate(tx, org.id, delivery!, step.stars, step.feedback, at);
        break;
      case 'track':
        await track(tx, org.id, delivery!, { from: previous, to: at, points: step.points, seed: seedOf(order) });
        break;
    }
    await backdate(tx, org.id, order, at);
    previous = at;
  }
  return delivery && (await lockDelivery(tx, org.id, delivery.id));
}

/** What the shopper's rating does (lib/storefront/delivery-rating): stars on the delivery, added to the courier's sum. */
async function rate(tx: Tx, orgId: string, delivery: Delivery, stars: number, feedback: string, at: Date) {
  await tx.update(deliveries).set({ ratingStars: stars, ratingFeedback: feedback, ratedAt: at }).where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, delivery.id)));
  if (delivery.courierId) {
    await tx
      .update(couriers)
      .set({ ratingSum: sql`${couriers.ratingSum} + ${stars}`, ratingCount: sql`${couriers.ratingCount} + 1` })
      .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, delivery.courierId)));
  }
  await writeDeliveryHistory(tx, orgId, { deliveryId: delivery.id, event: 'rated', courierId: delivery.courierId, notes: `${stars} of 5 stars: ${feedback}`, actor: { type: 'customer', userId: null } });
}

/**
 * The courier's phone on the way from the pick-up point towards the door (about two thirds of the
 * way by `to`), one point every few minutes; the courier's last known position is the last one.
 */
async function track(tx: Tx, orgId: string, delivery: Delivery, { from, to, points, seed }: { from: Date; to: Date; points: number; seed: number }) {
  const start = latLng(delivery.pickupLatitude, delivery.pickupLongitude);
  const end = latLng(delivery.dropoffLatitude, delivery.dropoffLongitude);
  if (!start || !end || !delivery.courierId) return;
  const rows = Array.from({ length: points }, (_, i) => {
    const f = 0.1 + (0.55 * i) / Math.max(1, points - 1);
    const wiggle = 0.0015 * Math.sin(i * 1.7 + seed);
    const recordedAt = new Date(from.getTime() + ((i + 1) / points) * (to.getTime() - from.getTime()));
    return {
      organizationId: orgId,
      deliveryId: delivery.id,
      courierId: delivery.courierId!,
      latitude: start.latitude + f * (end.latitude - start.latitude) + wiggle,
      longitude: start.longitude + f * (end.longitude - start.longitude) - wiggle,
      accuracyMeters: 6 + ((seed + i * 7) % 12),
      recordedAt,
      createdAt: new Date(recordedAt.getTime() + 2_000),
    };
  });
  await tx.insert(deliveryTrackingPoints).values(rows).onConflictDoNothing();
  const last = rows.at(-1)!;
  await tx
    .update(couriers)
    .set({ lastLatitude: last.latitude, lastLongitude: last.longitude, lastSeenAt: last.recordedAt })
    .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, delivery.courierId)));
}
