import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openCheckoutBenchDatabase } from './checkout-db';
import { BENCH_CITY, BENCH_ORG_ID, checkOversell, HOT_VARIANT, manyVariant, priceOf, SCARCE_STOCK, SCARCE_VARIANT, seedCheckoutStore, TARIFF, TAX_RATE_BPS, weightOf, type OversellCheck } from './checkout-seed';
import { describeMachine, type Machine } from './machine';
import { summarize, type Timing } from './stats';

/**
 * `npm run bench:checkout`: placeOrder in this process (its transaction, RLS scope, locks and
 * SQL; no HTTP), with N concurrent shoppers for a fixed time per scenario:
 *   hot   every order buys the same product (every checkout queues on its lock),
 *   many  every order buys 1–3 of `--products` products,
 * then a sell-out check (SCARCE_STOCK units, everyone buying until it is gone), and the
 * oversell verification over the whole store. Writes .data/bench/checkout-last-run.{md,json}.
 */

const USAGE = `npm run bench:checkout -- [options]
  --connections N   concurrent shoppers (default 32)
  --duration S      seconds per measured scenario (default 15)
  --warmup S        seconds of unmeasured load before each scenario (default 3)
  --products N      products of the "many" scenario (default 2000)
  --pool N          database connections of the app's pool (DB_POOL_MAX; default 10, the app's own)
  --sync-commit on|off  wait for the WAL flush at commit (default on)
Environment: BENCH_DATABASE_URL = a Postgres server to use (database commerce_bench_checkout is
dropped and created on it); otherwise an embedded server on port 54381 with data in .data/bench-checkout-pg.`;

const TARGET = { ordersPerSecond: 300, p95Ms: 100 };

function options() {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '32' },
      duration: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      products: { type: 'string', default: '2000' },
      pool: { type: 'string', default: '10' },
      'sync-commit': { type: 'string', default: 'on' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
    return n;
  };
  if (!['on', 'off'].includes(values['sync-commit'])) throw new Error('--sync-commit is on or off');
  return {
    connections: int('connections', values.connections, 1),
    duration: int('duration', values.duration, 1),
    warmup: int('warmup', values.warmup, 0),
    products: int('products', values.products, 1),
    pool: int('pool', values.pool, 1),
    synchronousCommit: values['sync-commit'] === 'on',
  };
}

type Row = { scenario: string; orders: number; seconds: number; ordersPerSecond: number; timing: Timing; errors: Record<string, number> };

async function main() {
  const opts = options();
  // Other work on the machine skews the figures: the report shows the load the run started under.
  const loadBefore = os.loadavg()[0]!;
  const database = await openCheckoutBenchDatabase({ synchronousCommit: opts.synchronousCommit });
  let seeded = performance.now();
  await seedCheckoutStore(database.adminUrl, opts.products);
  seeded = (performance.now() - seeded) / 1000;
  console.log(`▸ seeded ${opts.products + 2} products in ${seeded.toFixed(1)} s`);

  // lib/env reads these when first imported: set before the app's modules load.
  process.env.DATABASE_URL = database.url;
  process.env.DB_POOL_MAX = String(opts.pool);
  await import('../server-only-stub');
  const { placeOrder } = await import('../../lib/checkout/place-order');
  const { priceOrder } = await import('../../lib/checkout/pricing');
  const { tariffCost } = await import('../../lib/checkout/delivery-options');
  const { AppError } = await import('../../lib/server/errors');
  const { withOrg, withPlatform } = await import('../../db/scope');
  const { db } = await import('../../db/client');
  const { organizations } = await import('../../db/schema');
  const { eq } = await import('drizzle-orm');

  const [org] = await withPlatform((tx) => tx.select().from(organizations).where(eq(organizations.id, BENCH_ORG_ID)));
  const ctx = { org: org!, host: 'bench-checkout.localhost', tx: <T>(fn: Parameters<typeof withOrg<T>>[1]) => withOrg(org!.id, fn) };

  type Line = { variantId: string; index: number; quantity: number };
  let sequence = 0;
  /** The total the shopper would have been quoted: the seed's prices through the checkout's own pricing. */
  const expectedTotal = (lines: Line[]) => {
    const weight = lines.reduce((s, l) => s + weightOf(l.index) * l.quantity, 0);
    return priceOrder({
      currency: 'USD',
      pricesIncludeTax: false,
      lines: lines.map((l) => ({ productId: '', variantId: l.variantId, name: '', variantName: null, sku: null, unitPrice: priceOf(l.index), quantity: l.quantity, taxRateBps: TAX_RATE_BPS })),
      coupon: null,
      delivery: { method: 'delivery', zoneId: '', zoneName: '', tariffId: TARIFF.id, tariffName: '', cost: tariffCost(TARIFF, weight), estimatedHours: null, weightGrams: weight },
    }).total;
  };
  const place = (lines: Line[]) => {
    const n = sequence++;
    // A returning shopper two times out of three (a pool of 3000 emails), else a new one.
    const email = n % 3 === 0 ? `new-${n}@bench.test` : `shopper-${n % 3000}@bench.test`;
    return placeOrder(
      ctx,
      {
        contact: { email, name: 'Bench Shopper', phone: '+1 212 555 0100' },
        fulfilment: 'delivery',
        shippingAddress: { fullName: 'Bench Shopper', phone: '+1 212 555 0100', country: 'US', city: BENCH_CITY, street: '1 Bench St' },
        tariffId: TARIFF.id,
        paymentMethod: 'cod',
        lines: lines.map(({ variantId, quantity }) => ({ variantId, quantity })),
        expectedTotal: expectedTotal(lines),
      },
      { userId: null, customerId: null },
    );
  };

  const hot = (): Line[] => [{ variantId: HOT_VARIANT, index: -1, quantity: 1 }];
  const many = (): Line[] => {
    const count = 1 + Math.floor(Math.random() * 3);
    const picked = new Set<number>();
    while (picked.size < count) picked.add(Math.floor(Math.random() * opts.products));
    return [...picked].map((i) => ({ variantId: manyVariant(i), index: i, quantity: 1 + Math.floor(Math.random() * 2) }));
  };

  async function load(name: string, next: () => Line[], seconds: number): Promise<Row> {
    const times: number[] = [];
    const errors: Record<string, number> = {};
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: opts.connections }, async () => {
        while (performance.now() < deadline) {
          const t = performance.now();
          try {
            await place(next());
            times.push(performance.now() - t);
          } catch (e) {
            const key = e instanceof AppError ? `${e.code}: ${e.message}` : String(e);
            errors[key] = (errors[key] ?? 0) + 1;
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    return { scenario: name, orders: times.length, seconds: elapsed, ordersPerSecond: times.length / elapsed, timing: summarize(times), errors };
  }

  const rows: Row[] = [];
  for (const [name, next] of [
    ['hot product', hot],
    ['many products', many],
  ] as const) {
    if (opts.warmup > 0) await load(`${name} (warm-up)`, next, opts.warmup);
    // The seed leaves the order tables empty, which no store in production has: a plan Postgres
    // caches for an empty table (a sequential scan) would then be measured as it grows. With
    // the warm-up's orders in, statistics as autovacuum would keep them (it does so within a
    // minute in production; here it would land at some random point of the run).
    await analyze(database.adminUrl);
    const row = await load(name, next, opts.duration);
    rows.push(row);
    console.log(`  ${name}: ${row.ordersPerSecond.toFixed(0)} orders/s, p50 ${row.timing.p50.toFixed(1)} ms, p95 ${row.timing.p95.toFixed(1)} ms, p99 ${row.timing.p99.toFixed(1)} ms, errors ${Object.values(row.errors).reduce((a, b) => a + b, 0)}`);
  }

  // Sell-out: everyone buys the scarce product until it is gone; exactly SCARCE_STOCK may succeed.
  let sold = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      for (;;) {
        try {
          await place([{ variantId: SCARCE_VARIANT, index: -2, quantity: 1 }]);
          sold++;
        } catch (e) {
          if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e;
          refused++;
          return;
        }
      }
    }),
  );
  await db.$client.end();
  const check = await checkOversell(database.adminUrl);
  const machine = await describeMachine(database.adminUrl);
  await database.stop();

  const report = { date: new Date().toISOString(), machine, loadBefore, options: opts, rows, sellOut: { stock: SCARCE_STOCK, sold, refused }, check };
  console.log(`  sell-out: ${sold} of ${SCARCE_STOCK} sold, ${refused} shoppers refused`);
  console.log(`  oversell: ${check.oversell} (${check.variantsOverReserved} variants over-reserved; ${check.itemUnits} units ordered, ${check.reservedUnits} reserved, ${check.activeReservationUnits} in active reservations)`);
  mkdirSync('.data/bench', { recursive: true });
  writeFileSync('.data/bench/checkout-last-run.json', `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync('.data/bench/checkout-last-run.md', markdown(report));
  console.log('\n▸ written to .data/bench/checkout-last-run.md and .json');
  const failed = check.oversell !== 0 || sold !== SCARCE_STOCK;
  process.exit(failed ? 1 : 0);
}

async function analyze(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`analyze`;
  } finally {
    await sql.end();
  }
}

const fmt = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));

function markdown(r: { date: string; machine: Machine; loadBefore: number; options: ReturnType<typeof options>; rows: Row[]; sellOut: { stock: number; sold: number; refused: number }; check: OversellCheck }) {
  const m = r.machine;
  const verdict = (row: Row) =>
    `${row.ordersPerSecond >= TARGET.ordersPerSecond ? 'pass' : 'FAIL'} / ${row.timing.p95 < TARGET.p95Ms ? 'pass' : 'FAIL'}`;
  const errorText = (row: Row) => {
    const total = Object.values(row.errors).reduce((a, b) => a + b, 0);
    return total === 0 ? '0' : `${total} (${Object.entries(row.errors).map(([k, n]) => `${k} ×${n}`).join('; ')})`;
  };
  return [
    `Checkout benchmark, ${r.date}`,
    '',
    `placeOrder in-process, ${r.options.connections} concurrent shoppers, ${r.options.duration} s per scenario after ${r.options.warmup} s warm-up; ` +
      `app pool ${r.options.pool} connections; synchronous_commit=${r.options.synchronousCommit ? 'on' : 'off'}; ${r.options.products} products in "many".  `,
    `Each order: delivery (zone + weight-priced tariff), tax-exclusive prices, cash on delivery; one new guest in three, the rest returning by email.  `,
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres} (${m.postgresSettings}); load average ${r.loadBefore.toFixed(2)} when the run started`,
    '',
    `| Scenario | Orders | Orders/s | p50 ms | p95 ms | p99 ms | max ms | Errors | Target ≥${TARGET.ordersPerSecond}/s / p95 <${TARGET.p95Ms} ms |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...r.rows.map((row) => `| ${row.scenario} | ${row.orders} | ${row.ordersPerSecond.toFixed(0)} | ${fmt(row.timing.p50)} | ${fmt(row.timing.p95)} | ${fmt(row.timing.p99)} | ${fmt(row.timing.max)} | ${errorText(row)} | ${verdict(row)} |`),
    '',
    `- Sell-out: ${r.sellOut.sold} of ${r.sellOut.stock} units sold, ${r.sellOut.refused} shoppers refused "out of stock".`,
    `- Oversell: **${r.check.oversell}** (${r.check.variantsOverReserved} variants with reserved > quantity; ${r.check.itemUnits} units ordered, ${r.check.reservedUnits} reserved in stock_levels, ${r.check.activeReservationUnits} in active reservations).`,
    '',
  ].join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
