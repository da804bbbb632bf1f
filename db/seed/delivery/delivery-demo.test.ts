import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { withPlatform } from '../../scope';
import {
  courierCashHandins,
  couriers,
  deliveries,
  deliverySettings,
  deliveryStatusHistory,
  deliveryTrackingPoints,
  deliveryZones,
  memberships,
  orders,
  organizations,
  users,
  warehouses,
  type Delivery,
  type Organization,
} from '../../schema';
import { verifyPassword } from '../../../lib/auth/password';
import { distanceKm } from '../../../lib/delivery/deliveries/geo';
import { DEMO_PASSWORD } from '../demo-data';
import { DELIVERY_DEMOS } from './data';

/**
 * The whole demo seed on a fresh database, run twice: the second run adds nothing, and each
 * delivering store shows what a demo user would look for — the demo courier's day, a parcel out
 * for delivery with its GPS trail, deliveries done and rated, a return, a late one, and cash
 * balances that add up.
 */
const uploads = mkdtempSync(path.join(tmpdir(), 'delivery-seed-'));
let seedDemoData: (log?: (line: string) => void) => Promise<void>;
const lines: string[] = [];

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploads; // the catalog seed's images, kept out of .data
  ({ seedDemoData } = await import('../seed'));
  await seedDemoData((l) => lines.push(l));
}, 300_000);

afterAll(() => rmSync(uploads, { recursive: true, force: true }));

const SLUGS = Object.keys(DELIVERY_DEMOS);

async function storeRows(slug: string) {
  return withPlatform(async (tx) => {
    const [org] = await tx.select().from(organizations).where(eq(organizations.slug, slug));
    const of = org!.id;
    return {
      org: org as Organization,
      deliveries: await tx.select().from(deliveries).where(eq(deliveries.organizationId, of)),
      couriers: await tx
        .select({ courier: couriers, email: users.email, passwordHash: users.passwordHash, role: memberships.role })
        .from(couriers)
        .innerJoin(users, eq(users.id, couriers.userId))
        .innerJoin(memberships, and(eq(memberships.organizationId, couriers.organizationId), eq(memberships.userId, couriers.userId)))
        .where(eq(couriers.organizationId, of)),
      history: await tx.select().from(deliveryStatusHistory).where(eq(deliveryStatusHistory.organizationId, of)).orderBy(deliveryStatusHistory.createdAt, deliveryStatusHistory.id),
      points: await tx.select().from(deliveryTrackingPoints).where(eq(deliveryTrackingPoints.organizationId, of)).orderBy(deliveryTrackingPoints.recordedAt),
      handins: await tx.select().from(courierCashHandins).where(eq(courierCashHandins.organizationId, of)),
      orders: await tx.select().from(orders).where(eq(orders.organizationId, of)),
      warehouses: await tx.select().from(warehouses).where(eq(warehouses.organizationId, of)),
      zones: await tx.select().from(deliveryZones).where(eq(deliveryZones.organizationId, of)),
      settings: await tx.select().from(deliverySettings).where(eq(deliverySettings.organizationId, of)),
    };
  });
}

async function counts() {
  const tables = ['couriers', 'deliveries', 'delivery_status_history', 'delivery_tracking_points', 'courier_cash_handins', 'delivery_settings', 'orders', 'order_status_history', 'memberships'];
  const out: Record<string, unknown> = {};
  for (const t of tables) out[t] = await withPlatform((tx) => tx.execute(sql`select count(*)::int as n from ${sql.identifier(t)}`));
  out.earnings = await withPlatform((tx) => tx.execute(sql`select sum(total_earnings)::text as s, sum(rating_count)::int as r from couriers`));
  return out;
}

const sum = <T,>(rows: T[], pick: (row: T) => number) => rows.reduce((s, r) => s + pick(r), 0);

describe('seedDeliveryDemo', () => {
  it('adds nothing on a second run', { timeout: 300_000 }, async () => {
    const first = await counts();
    const again: string[] = [];
    await seedDemoData((l) => again.push(l));
    expect(await counts()).toEqual(first);
    const mine = again.filter((l) => l.includes('deliveries:'));
    expect(mine).toHaveLength(SLUGS.length);
    expect(mine.every((l) => l.trim().startsWith('='))).toBe(true);
    expect(lines.filter((l) => l.includes('left out') || l.includes('no stock'))).toEqual([]);
  });

  it.each(SLUGS)('%s: couriers who can sign in, on the map, with the store’s proof rule', async (slug) => {
    const s = await storeRows(slug);
    for (const w of s.warehouses) expect({ name: w.name, lat: w.latitude !== null }).toEqual({ name: w.name, lat: true });
    for (const z of s.zones) expect({ name: z.name, lat: z.latitude !== null }).toEqual({ name: z.name, lat: true });
    expect(s.settings.map((r) => r.proofRequirement)).toEqual(DELIVERY_DEMOS[slug]!.proof ? [DELIVERY_DEMOS[slug]!.proof] : []);

    expect(s.couriers.filter((c) => c.role === 'courier').length).toBeGreaterThanOrEqual(3);
    for (const c of s.couriers) {
      expect(await verifyPassword(c.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(c.courier).toMatchObject({ phone: expect.any(String), currency: s.org.defaultCurrency });
      expect(c.courier.feePerDelivery).toBeGreaterThan(0);
    }
    const demo = s.couriers.find((c) => c.email === `courier@${slug}.test`)!.courier;
    expect(demo.status).toBe('available');
    const home = s.warehouses.find((w) => w.isDefault)!;
    const km = distanceKm({ latitude: demo.lastLatitude!, longitude: demo.lastLongitude! }, { latitude: home.latitude!, longitude: home.longitude! });
    expect(km).toBeLessThan(1);
  });

  it.each(SLUGS)('%s: the demo courier has deliveries today, and one parcel is out for delivery with its trail', async (slug) => {
    const s = await storeRows(slug);
    const demo = s.couriers.find((c) => c.email === `courier@${slug}.test`)!.courier;
    const [{ start }] = (await withPlatform((tx) =>
      tx.execute<{ start: string }>(sql`select (date_trunc('day', now() at time zone ${s.org.timezone}) at time zone ${s.org.timezone})::text as start`),
    )) as unknown as [{ start: string }];
    const todayStart = new Date(start);
    const mine = s.deliveries.filter((d) => d.courierId === demo.id);
    const open = mine.filter((d) => d.status === 'pending');
    const doneToday = mine.filter((d) => d.status === 'delivered' && d.deliveredAt! >= todayStart);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(doneToday.length).toBeGreaterThanOrEqual(1);

    const out = s.deliveries.filter((d) => d.status === 'dispatched');
    expect(out).toHaveLength(1);
    const trail = s.points.filter((p) => p.deliveryId === out[0]!.id);
    expect(trail.length).toBeGreaterThanOrEqual(5);
    expect(Date.now() - trail.at(-1)!.recordedAt.getTime()).toBeLessThan(15 * 60_000);
    expect(trail[0]!.recordedAt.getTime()).toBeGreaterThan(out[0]!.dispatchedAt!.getTime());
    const courier = s.couriers.find((c) => c.courier.id === out[0]!.courierId)!.courier;
    expect(courier).toMatchObject({ status: 'busy', lastLatitude: trail.at(-1)!.latitude, lastLongitude: trail.at(-1)!.longitude });
    expect(s.orders.find((o) => o.id === out[0]!.orderId)!.status).toBe('out_for_delivery');
  });

  it.each(SLUGS)('%s: deliveries in every state a store meets, with timelines that add up', async (slug) => {
    const s = await storeRows(slug);
    const by = (status: Delivery['status']) => s.deliveries.filter((d) => d.status === status);
    const delivered = by('delivered');
    expect(delivered.length).toBeGreaterThanOrEqual(3);
    expect(delivered.every((d) => d.codAmount > 0 && d.courierFee! > 0)).toBe(true);
    expect(delivered.filter((d) => d.ratingStars !== null).length).toBeGreaterThanOrEqual(2);
    expect(delivered.filter((d) => d.failedAttempts > 0)).toHaveLength(1);
    expect(by('returned')).toHaveLength(1);
    expect(by('returned')[0]!.returnReason).toBeTruthy();
    expect(s.orders.find((o) => o.id === by('returned')[0]!.orderId)!.status).toBe('packed');
    expect(by('pending').filter((d) => d.courierId === null).length).toBeGreaterThanOrEqual(1);
    expect(by('pending').filter((d) => d.courierId !== null).length).toBeGreaterThanOrEqual(1);
    expect(s.deliveries.filter((d) => d.status === 'pending' && d.estimatedDeliveryAt! < new Date()).length).toBeGreaterThanOrEqual(1);
    for (const d of delivered) expect(s.orders.find((o) => o.id === d.orderId)).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });

    // Each timeline starts with "created", moves along the state machine in time order and ends where the delivery is.
    for (const d of s.deliveries) {
      const rows = s.history.filter((h) => h.deliveryId === d.id);
      expect(rows[0]).toMatchObject({ event: 'created', toStatus: 'pending' });
      expect(rows[0]!.createdAt.getTime()).toBe(d.createdAt.getTime());
      const moves = rows.filter((h) => h.event === 'status_changed');
      let status = 'pending';
      for (const m of moves) {
        expect(m.fromStatus).toBe(status);
        status = m.toStatus!;
      }
      expect(status).toBe(d.status);
      const times = rows.map((h) => h.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!).toBeLessThanOrEqual(Date.now());
    }
  });

  it.each(SLUGS)('%s: earnings, ratings and cash balances add up', async (slug) => {
    const s = await storeRows(slug);
    for (const { courier, email } of s.couriers) {
      const done = s.deliveries.filter((d) => d.courierId === courier.id && d.status === 'delivered');
      const rated = done.filter((d) => d.ratingStars !== null);
      expect({ email, earnings: courier.totalEarnings, ratings: [courier.ratingSum, courier.ratingCount] }).toEqual({
        email,
        earnings: sum(done, (d) => d.courierFee!),
        ratings: [sum(rated, (d) => d.ratingStars!), rated.length],
      });
    }
    const balance = (email: string) => {
      const { courier } = s.couriers.find((c) => c.email === email)!;
      const collected = sum(
        s.deliveries.filter((d) => d.courierId === courier.id && d.status === 'delivered'),
        (d) => d.codAmount,
      );
      const handedIn = sum(
        s.handins.filter((h) => h.courierId === courier.id),
        (h) => h.amount,
      );
      return { collected, handedIn, balance: collected - handedIn };
    };
    const demo = balance(`courier@${slug}.test`);
    expect(demo.handedIn).toBeGreaterThan(0);
    expect(demo.balance).toBeGreaterThan(0);
    expect(balance(`courier2@${slug}.test`)).toMatchObject({ balance: 0 });
    expect(s.handins.every((h) => h.currency === s.org.defaultCurrency && h.createdAt < new Date())).toBe(true);
  });
});
