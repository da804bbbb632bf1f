import { describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { deliveries, deliveryTrackingPoints } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { courierRow, createTestCourier, setDeliverySettings } from '@/db/test/delivery-factories';
import { deliver } from './deliver';
import { earnings } from './earnings';
import { countMyDeliveries } from './count-my-deliveries';
import { listMyDeliveries } from './list-my-deliveries';
import { pickUp } from './pick-up';
import { recordLocation } from './record-location';
import { RecordLocationInput } from './schemas';
import { setOnline } from './set-online';
import { start } from './start';
import { assignedDelivery, courierContextFor } from './test-helpers';

vi.mock('@/lib/delivery/deliveries/notify-shopper', () => ({ notifyShopper: vi.fn(async () => undefined) }));

const pointsOf = (deliveryId: string) =>
  withPlatform((tx) => tx.select().from(deliveryTrackingPoints).where(eq(deliveryTrackingPoints.deliveryId, deliveryId)).orderBy(deliveryTrackingPoints.recordedAt));
const setRow = (id: string, values: Partial<typeof deliveries.$inferInsert>) =>
  withPlatform((tx) => tx.update(deliveries).set(values).where(eq(deliveries.id, id)));

async function courierWithStore(profile: Parameters<typeof createTestCourier>[1] = {}) {
  const { org } = await createOrganization({ timezone: 'Asia/Tashkent' });
  await setDeliverySettings(org, { proofRequirement: 'none' });
  const { user, courier } = await createTestCourier(org, { status: 'available', feePerDelivery: 350, ...profile });
  return { org, user, courier, cc: await courierContextFor(user, org) };
}

describe('sharing the location', () => {
  it('writes points only for deliveries under way, ignores a resent batch, and moves the courier forward only', async () => {
    const { org, courier, cc } = await courierWithStore();
    const other = await createTestCourier(org, { status: 'available' }, 'Other Courier');
    const { delivery: waiting } = await assignedDelivery(org, courier.id);
    const { delivery: starting } = await assignedDelivery(org, courier.id);
    const { delivery: out } = await assignedDelivery(org, courier.id);
    const { delivery: theirs } = await assignedDelivery(org, other.courier.id);
    await start(cc, { deliveryId: starting.id });
    await start(cc, { deliveryId: out.id });
    await pickUp(cc, { deliveryId: out.id });
    await start(await courierContextFor(other.user, org), { deliveryId: theirs.id });

    const now = Date.now();
    const batch = RecordLocationInput.parse({
      points: [
        { latitude: 41.31, longitude: 69.24, accuracy: 12, recordedAt: now - 20_000 },
        { latitude: 41.32, longitude: 69.25, accuracy: 8, recordedAt: new Date(now - 10_000).toISOString() },
        { latitude: 41.3, longitude: 69.2, recordedAt: now - 25 * 3_600_000 }, // older than a day
        { latitude: 41.3, longitude: 69.2, recordedAt: now + 10 * 60_000 }, // a clock far ahead
      ],
    });
    expect(await recordLocation(cc, batch)).toEqual({ recorded: 4, skipped: 2, deliveries: 2 });
    expect(await recordLocation(cc, batch)).toEqual({ recorded: 0, skipped: 2, deliveries: 2 });
    expect((await pointsOf(out.id)).map((p) => [p.latitude, p.longitude, p.accuracyMeters, p.courierId])).toEqual([
      [41.31, 69.24, 12, courier.id],
      [41.32, 69.25, 8, courier.id],
    ]);
    expect(await pointsOf(starting.id)).toHaveLength(2);
    expect(await pointsOf(waiting.id)).toEqual([]);
    expect(await pointsOf(theirs.id)).toEqual([]);
    expect(await courierRow(courier.id)).toMatchObject({ lastLatitude: 41.32, lastLongitude: 69.25, lastSeenAt: new Date(now - 10_000) });

    // A late retry of an older point is stored but does not move the courier back.
    expect(await recordLocation(cc, RecordLocationInput.parse({ points: [{ latitude: 40, longitude: 60, recordedAt: now - 60_000 }] }))).toMatchObject({ recorded: 2 });
    expect(await courierRow(courier.id)).toMatchObject({ lastLatitude: 41.32, lastLongitude: 69.25 });
    expect(await courierRow(other.courier.id)).toMatchObject({ lastLatitude: null });
  });

  it('still files a queue sent late under the delivery it was taken on, but nothing after it closed', async () => {
    const { org, courier, cc } = await courierWithStore();
    const { delivery } = await assignedDelivery(org, courier.id);
    await start(cc, { deliveryId: delivery.id });
    await pickUp(cc, { deliveryId: delivery.id });
    const onTheWay = Date.now();
    await deliver(cc, { deliveryId: delivery.id });
    const after = Date.now() + 1_000;
    const late = RecordLocationInput.parse({
      points: [
        { latitude: 41.31, longitude: 69.24, recordedAt: onTheWay },
        { latitude: 41.33, longitude: 69.26, recordedAt: after },
      ],
    });
    expect(await recordLocation(cc, late)).toEqual({ recorded: 1, skipped: 0, deliveries: 1 });
    expect((await pointsOf(delivery.id)).map((p) => p.latitude)).toEqual([41.31]);
    expect(await courierRow(courier.id)).toMatchObject({ lastLatitude: 41.33 });
  });

  it('accepts at most 50 points per call, each a real position', () => {
    const point = { latitude: 41.3, longitude: 69.2, recordedAt: Date.now() };
    expect(RecordLocationInput.safeParse({ points: Array.from({ length: 50 }, (_, i) => ({ ...point, recordedAt: point.recordedAt - i })) }).success).toBe(true);
    expect(RecordLocationInput.safeParse({ points: Array.from({ length: 51 }, () => point) }).success).toBe(false);
    expect(RecordLocationInput.safeParse({ points: [] }).success).toBe(false);
    expect(RecordLocationInput.safeParse({ points: [{ ...point, latitude: 91 }] }).success).toBe(false);
    expect(RecordLocationInput.safeParse({ points: [{ ...point, recordedAt: 'yesterday' }] }).success).toBe(false);
  });
});

describe('going online and offline', () => {
  it('is available or busy by the load when online, offline otherwise; a paused courier cannot go online', async () => {
    const { org, courier, cc } = await courierWithStore({ status: 'offline' });
    expect(await setOnline(cc, { online: true })).toEqual({ status: 'available' });
    const { delivery } = await assignedDelivery(org, courier.id);
    await start(cc, { deliveryId: delivery.id });
    expect(await setOnline(cc, { online: false })).toEqual({ status: 'offline' });
    expect(await setOnline(cc, { online: true })).toEqual({ status: 'busy' });
    expect((await courierRow(courier.id)).lastSeenAt).not.toBeNull();

    const paused = await courierWithStore({ isActive: false, status: 'offline' });
    await expect(setOnline(paused.cc, { online: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await setOnline(paused.cc, { online: false })).toEqual({ status: 'offline' });
  });
});

describe("the courier's day", () => {
  it('lists open deliveries in route order from where the courier is, then what was closed today', async () => {
    const { org, user, courier, cc } = await courierWithStore();
    const far = (await assignedDelivery(org, courier.id)).delivery;
    const near = (await assignedDelivery(org, courier.id)).delivery;
    const unknown = (await assignedDelivery(org, courier.id)).delivery;
    const middle = (await assignedDelivery(org, courier.id)).delivery;
    const doneToday = (await assignedDelivery(org, courier.id)).delivery;
    const doneYesterday = (await assignedDelivery(org, courier.id)).delivery;
    await setRow(far.id, { dropoffLatitude: 41.4, dropoffLongitude: 69.3 });
    await setRow(near.id, { dropoffLatitude: 41.301, dropoffLongitude: 69.201 });
    await setRow(middle.id, { dropoffLatitude: 41.35, dropoffLongitude: 69.25 });
    for (const d of [doneToday, doneYesterday]) {
      await start(cc, { deliveryId: d.id });
      await pickUp(cc, { deliveryId: d.id });
      await deliver(cc, { deliveryId: d.id });
    }
    await setRow(doneYesterday.id, { deliveredAt: new Date(Date.now() - 26 * 3_600_000) });
    await recordLocation(cc, RecordLocationInput.parse({ points: [{ latitude: 41.3, longitude: 69.2, recordedAt: Date.now() }] }));

    const day = await listMyDeliveries(await courierContextFor(user, org)); // a new request sees the new position
    expect(day.position).toEqual({ latitude: 41.3, longitude: 69.2 });
    expect(day.open.map((d) => d.id)).toEqual([near.id, middle.id, far.id, unknown.id]);
    expect(day.open[0]!.distanceKm).toBeGreaterThan(0); // not yet picked up: the distance to the warehouse
    expect(day.done.map((d) => [d.id, d.status])).toEqual([[doneToday.id, 'delivered']]);
    expect(await countMyDeliveries(cc)).toEqual({ open: 4, underWay: 0, deliveredToday: 1 });
  });

  it('sums deliveries and earnings per day and per week, with empty days as zeros', async () => {
    const { org, courier, cc } = await courierWithStore();
    const done: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { delivery } = await assignedDelivery(org, courier.id);
      await start(cc, { deliveryId: delivery.id });
      await pickUp(cc, { deliveryId: delivery.id });
      await deliver(cc, { deliveryId: delivery.id });
      done.push(delivery.id);
    }
    const now = new Date();
    await setRow(done[2]!, { deliveredAt: new Date(now.getTime() - 3 * 86_400_000) });
    await setRow(done[1]!, { deliveredAt: new Date(now.getTime() - 100 * 86_400_000) }); // beyond both windows

    const result = await earnings(cc, now);
    expect(result).toMatchObject({ currency: 'USD', totalEarnings: 1050, feePerDelivery: 350 });
    expect(result.days).toHaveLength(14);
    expect(result.days.at(-1)).toEqual({ start: result.today, deliveries: 1, earnings: 350 });
    expect(result.days.at(-4)).toMatchObject({ deliveries: 1, earnings: 350 });
    expect(result.days.reduce((n, d) => n + d.deliveries, 0)).toBe(2);
    expect(result.weeks).toHaveLength(8);
    expect(result.weeks.reduce((n, w) => n + w.earnings, 0)).toBe(700);
    expect(new Date(`${result.weeks.at(-1)!.start}T00:00:00Z`).getUTCDay()).toBe(1); // weeks start on Monday
    expect(result.weeks.at(-1)!.start <= result.today).toBe(true);
  });
});
