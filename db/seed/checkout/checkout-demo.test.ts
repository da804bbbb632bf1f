import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { withPlatform } from '../../scope';
import { CHECKOUT_DEMOS } from './data';
import { demoOrderNumber } from './orders';
import { ORDER_PLANS } from './plans';

/**
 * The demo seed on a fresh test database, run twice: the second run adds nothing, and what the
 * first wrote is consistent (stock held by open orders, coupon counts, timelines ending in the
 * order's status, totals that add up).
 */
const uploads = mkdtempSync(path.join(tmpdir(), 'checkout-seed-'));
let seedDemoData: (log?: (line: string) => void) => Promise<void>;

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploads; // the catalog seed's images, kept out of .data
  ({ seedDemoData } = await import('../seed'));
}, 240_000);

afterAll(() => rmSync(uploads, { recursive: true, force: true }));

type Count = { slug: string; n: number };
const perOrg = (table: string, where = sql`true`) =>
  withPlatform((tx) =>
    tx.execute<Count>(sql`select o.slug, count(t.id)::int as n from organizations o left join ${sql.identifier(table)} t on t.organization_id = o.id and ${where} group by o.slug order by o.slug`),
  );

async function snapshot() {
  const tables = ['checkout_settings', 'delivery_zones', 'delivery_tariffs', 'coupons', 'coupon_redemptions', 'orders', 'order_items', 'order_status_history', 'order_notes', 'payments', 'stock_reservations', 'inventory_movements', 'customers'];
  const out: Record<string, Count[]> = {};
  for (const t of tables) out[t] = await perOrg(t);
  const [stock] = await withPlatform((tx) => tx.execute<{ q: number; r: number; used: number }>(sql`select sum(quantity)::int as q, sum(reserved)::int as r, (select sum(used_count)::int from coupons) as used from stock_levels`));
  return { out, stock };
}

describe('seedCheckoutDemo', () => {
  it('is idempotent and leaves every demo store with settings, zones, coupons and consistent orders', { timeout: 300_000 }, async () => {
    const lines: string[] = [];
    await seedDemoData((l) => lines.push(l));
    const first = await snapshot();
    await seedDemoData((l) => lines.push(l));
    expect(await snapshot()).toEqual(first);
    expect(lines.filter((l) => l.includes('checkout:')).slice(-4).every((l) => l.trim().startsWith('='))).toBe(true);

    const count = (table: string, slug: string) => first.out[table]!.find((r) => r.slug === slug)?.n ?? 0;
    for (const slug of Object.keys(CHECKOUT_DEMOS)) {
      expect({ slug, settings: count('checkout_settings', slug), coupons: count('coupons', slug) }).toEqual({ slug, settings: 1, coupons: 3 });
      expect(count('delivery_zones', slug)).toBeGreaterThanOrEqual(2);
      expect(count('delivery_tariffs', slug)).toBeGreaterThanOrEqual(count('delivery_zones', slug));
      // The checkout's own dozen (the delivery seed adds orders of its own after it).
      const numbers = ORDER_PLANS.map((_, i) => demoOrderNumber(slug, i));
      const [own] = await withPlatform((tx) =>
        tx.execute<{ n: number }>(sql`select count(*)::int as n from orders o join organizations g on g.id = o.organization_id where g.slug = ${slug} and o.number in ${numbers}`),
      );
      expect(own!.n).toBe(12);
    }

    // Both ways of quoting prices are shown, and each store has one expired coupon.
    const taxModes = await withPlatform((tx) => tx.execute<{ inc: boolean; n: number }>(sql`select prices_include_tax as inc, count(*)::int as n from checkout_settings group by 1 order by 1`));
    expect(taxModes.map((r) => r.inc)).toEqual([false, true]);
    const expired = await withPlatform((tx) => tx.execute<{ n: number }>(sql`select count(*)::int as n from coupons where ends_at < now()`));
    expect(expired[0]!.n).toBe(Object.keys(CHECKOUT_DEMOS).length);

    const statuses = await withPlatform((tx) => tx.execute<{ status: string }>(sql`select distinct status from orders order by status`));
    // Out for delivery: the delivery seed's parcel on its way.
    expect(statuses.map((r) => r.status).sort()).toEqual(['cancelled', 'confirmed', 'delivered', 'out_for_delivery', 'packed', 'pending']);

    // Stock held = what the open orders' reservations say, row by row; delivered ones took theirs out.
    const drift = await withPlatform((tx) =>
      tx.execute(sql`
        select s.id from stock_levels s
        left join (select warehouse_id, variant_id, sum(quantity)::int as held from stock_reservations where status = 'active' group by 1, 2) r
          on r.warehouse_id = s.warehouse_id and r.variant_id = s.variant_id
        where s.reserved <> coalesce(r.held, 0) or s.quantity < 0`),
    );
    expect(drift).toEqual([]);
    const wrongHolds = await withPlatform((tx) =>
      tx.execute(sql`
        select r.id from stock_reservations r join orders o on o.id = r.order_id
        where r.status <> case o.status when 'delivered' then 'fulfilled'::reservation_status when 'cancelled' then 'released'::reservation_status else 'active'::reservation_status end`),
    );
    expect(wrongHolds).toEqual([]);
    const outMovements = await withPlatform((tx) => tx.execute<{ n: number }>(sql`select count(*)::int as n from inventory_movements where reason = 'Order delivered'`));
    const fulfilled = await withPlatform((tx) => tx.execute<{ n: number }>(sql`select count(*)::int as n from stock_reservations where status = 'fulfilled'`));
    expect(outMovements[0]!.n).toBe(fulfilled[0]!.n);

    // Coupon counts match their live uses; timelines end in the order's status; totals add up.
    const badCounts = await withPlatform((tx) =>
      tx.execute(sql`select c.code from coupons c where c.used_count <> (select count(*) from coupon_redemptions r where r.coupon_id = c.id and r.voided_at is null)`),
    );
    expect(badCounts).toEqual([]);
    const badTimelines = await withPlatform((tx) =>
      tx.execute(sql`
        select o.number from orders o
        where o.status <> (select h.to_status from order_status_history h where h.order_id = o.id order by h.created_at desc limit 1)
           or (select h.to_status from order_status_history h where h.order_id = o.id order by h.created_at asc limit 1) <> 'pending'`),
    );
    expect(badTimelines).toEqual([]);
    const badTotals = await withPlatform((tx) =>
      tx.execute(sql`
        select o.number from orders o
        where o.total <> (select sum(i.total) from order_items i where i.order_id = o.id) + o.shipping_total
           or o.total <> (o.price_snapshot->>'total')::bigint
           or o.total <> (select p.amount from payments p where p.order_id = o.id)`),
    );
    expect(badTotals).toEqual([]);
  });
});
