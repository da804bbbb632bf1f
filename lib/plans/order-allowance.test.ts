import { describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { withOrg } from '@/db/scope';
import { customers, orders, type Organization } from '@/db/schema';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { createWarehouse } from '@/db/test/catalog-factories';
import { placeOrder } from '@/lib/checkout/place-order';
import { guest, pickupOrder, setCheckoutSettings, stockedProduct, stockOf, storefrontFor } from '@/lib/checkout/testing';
import { AppError } from '@/lib/server/errors';
import { getOrderAllowance } from './get-order-allowance';
import { countOrdersThisMonth, ORDER_LIMIT_MESSAGE } from './order-allowance';
import { PLANS, type PlanKey } from './plans';

const FREE_LIMIT = PLANS.free.ordersPerMonth!;

async function storeOn(plan: PlanKey, timezone = 'UTC') {
  const { org } = await createOrganization({ plan, timezone });
  const warehouse = await createWarehouse(org, { isDefault: true });
  await setCheckoutSettings(org, { pickupEnabled: true });
  const store = { org, ctx: storefrontFor(org), warehouseId: warehouse.id };
  const { variant } = await stockedProduct(store, 1_000, { basePrice: 1500 });
  return { ...store, variantId: variant.id };
}

/** `n` bare orders taken at `createdAt` (what counting needs; no items). */
async function insertOrders(org: Organization, n: number, createdAt: Date) {
  await withOrg(org.id, (tx) =>
    tx.insert(orders).values(
      Array.from({ length: n }, (_, i) => ({
        organizationId: org.id,
        number: `T${createdAt.getTime().toString(36)}${i}`.toUpperCase(),
        email: 'earlier@example.test',
        customerName: 'Earlier Shopper',
        paymentMethod: 'cod' as const,
        fulfilmentMethod: 'pickup' as const,
        currency: 'USD',
        subtotal: 1500,
        total: 1500,
        pricesIncludeTax: true,
        priceSnapshot: { currency: 'USD', lines: [], subtotal: 1500, discount: 0, tax: 0, shipping: 0, total: 1500 } as never,
        accessTokenHash: `hash-${org.id}-${createdAt.getTime()}-${i}`,
        createdAt,
        updatedAt: createdAt,
      })),
    ),
  );
}

const orderCount = async (org: Organization) => (await withOrg(org.id, (tx) => tx.select({ n: count() }).from(orders)))[0]!.n;
const checkout = (store: Awaited<ReturnType<typeof storeOn>>, i: number) =>
  placeOrder(
    store.ctx,
    { ...pickupOrder([{ variantId: store.variantId, quantity: 1 }], { contact: { email: `shopper-${i}@example.test`, name: `Shopper ${i}`, phone: '+1 212 555 0100' } }), expectedTotal: 1500 },
    guest,
  );

/** The first instant of this calendar month in UTC. */
const startOfMonthUtc = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
};

describe('orders per month', () => {
  it('lets exactly one of five parallel checkouts take the last order of the month', async () => {
    const store = await storeOn('free');
    await insertOrders(store.org, FREE_LIMIT - 1, new Date());
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => checkout(store, i)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as AppError);
    expect(refused.map((e) => [e instanceof AppError, e.code, e.message])).toEqual(Array(4).fill([true, 'PLAN_LIMIT', ORDER_LIMIT_MESSAGE]));
    expect(await orderCount(store.org)).toBe(FREE_LIMIT);
    expect((await stockOf(store.org, store.variantId)).reserved).toBe(1);
  });

  it('tells the shopper politely, without plans or upgrades, and writes nothing', async () => {
    const store = await storeOn('free');
    await insertOrders(store.org, FREE_LIMIT, new Date());
    const error = await checkout(store, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PLAN_LIMIT', message: "This store can't take new orders right now. Please try again later, or contact the store directly." });
    expect((error as Error).message).not.toMatch(/plan|upgrade/i);
    expect(await orderCount(store.org)).toBe(FREE_LIMIT);
    expect(await stockOf(store.org, store.variantId)).toMatchObject({ reserved: 0 });
    // The checkout's customer record was undone with the order.
    expect(await withOrg(store.org.id, (tx) => tx.select().from(customers).where(eq(customers.email, 'shopper-1@example.test')))).toEqual([]);
  });

  it("counts from the start of the month in the store's time zone: last month's orders do not count", async () => {
    const store = await storeOn('free');
    await insertOrders(store.org, FREE_LIMIT, new Date(startOfMonthUtc().getTime() - 60_000));
    await insertOrders(store.org, FREE_LIMIT - 1, startOfMonthUtc());
    await expect(checkout(store, 1)).resolves.toMatchObject({ order: expect.objectContaining({ organizationId: store.org.id }) });
    await expect(checkout(store, 2)).rejects.toMatchObject({ code: 'PLAN_LIMIT' });

    // 1 March 02:00 UTC is still 28 February 21:00 in New York: February's orders count there, not in UTC.
    const now = new Date('2025-03-01T02:00:00Z');
    const newYork = await storeOn('free', 'America/New_York');
    await insertOrders(newYork.org, 3, new Date('2025-02-15T12:00:00Z'));
    await insertOrders(newYork.org, 2, new Date('2025-01-31T12:00:00Z'));
    expect(await withOrg(newYork.org.id, (tx) => countOrdersThisMonth(tx, newYork.org, now))).toBe(3);
    const utc = await storeOn('free');
    await insertOrders(utc.org, 3, new Date('2025-02-15T12:00:00Z'));
    expect(await withOrg(utc.org.id, (tx) => countOrdersThisMonth(tx, utc.org, now))).toBe(0);
  });

  it('leaves unlimited plans alone: no count and no lock to wait on', async () => {
    const store = await storeOn('enterprise');
    await insertOrders(store.org, FREE_LIMIT + 5, new Date());
    const lockKey = (org: Organization) => `plan:${org.id}:orders`;
    // Another session holds the organization's order lock; an enterprise checkout does not queue behind it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${lockKey(store.org)}, 0))`);
      locked();
      await held;
    });
    await isLocked;
    try {
      const placed = await Promise.race([checkout(store, 1), new Promise((_, reject) => setTimeout(() => reject(new Error('waited for the lock')), 5_000))]);
      expect(placed).toMatchObject({ order: expect.objectContaining({ organizationId: store.org.id }) });
    } finally {
      release();
      await holder;
    }
    expect(await orderCount(store.org)).toBe(FREE_LIMIT + 6);
  });

  it("gives the dashboard this month's orders against the limit, and nothing on an unlimited plan", async () => {
    const free = await createOrganization({ plan: 'free' });
    await insertOrders(free.org, 85, new Date());
    await insertOrders(free.org, 40, new Date(startOfMonthUtc().getTime() - 60_000));
    expect(await getOrderAllowance(await orgContextFor(free.owner, free.org))).toEqual({ plan: 'free', used: 85, limit: FREE_LIMIT });
    const enterprise = await createOrganization({ plan: 'enterprise' });
    expect(await getOrderAllowance(await orgContextFor(enterprise.owner, enterprise.org))).toBeNull();
  });
});
