import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { customers, orders, products, stockLevels, type Organization, type User } from '@/db/schema';
import { createOrganization, createUser } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { getCartLines } from '@/lib/cart/get-cart';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { resolveStorefront } from '@/lib/server/context';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { cancelShopperOrder } from './cancel-order';
import { getCustomerOrder } from './get-customer-order';
import { getOrderByToken } from './get-order-by-token';
import { listCustomerOrders } from './list-customer-orders';
import { reorderShopperOrder } from './reorder';

const meta = { ipAddress: null, userAgent: 'vitest' };

async function shopAt(org: Organization, user: User | null = null): Promise<ShopperSessionContext> {
  const resolved = await resolveStorefront(`${org.slug}.localhost:3000`);
  if (resolved.status !== 'ok') throw new Error(`store ${org.slug} is ${resolved.status}`);
  return { ...resolved.ctx, meta, user };
}

async function customerFor(org: Organization, user: User) {
  const [row] = await withOrg(org.id, (tx) =>
    tx.insert(customers).values({ organizationId: org.id, userId: user.id, name: user.name ?? 'Shopper', email: user.email, currency: org.defaultCurrency }).returning(),
  );
  return row!;
}

let a: Organization;
let b: Organization;
let warehouseId: string;

async function stocked(quantity: number) {
  const { product, variant } = await createProduct(a);
  await setStock(a, { warehouseId, productId: product.id, variantId: variant.id }, quantity);
  return { product, variant };
}

const level = (variantId: string) =>
  withOrg(a.id, async (tx) => (await tx.select().from(stockLevels).where(and(eq(stockLevels.organizationId, a.id), eq(stockLevels.variantId, variantId))))[0]!);

beforeAll(async () => {
  ({ org: a } = await createOrganization());
  ({ org: b } = await createOrganization());
  warehouseId = (await createWarehouse(a, { isDefault: true })).id;
});

describe('shopper order pages', () => {
  it('finds an order by its link token in its own store only, with the frozen totals and a timeline', async () => {
    const { product, variant } = await stocked(5);
    const { order, accessToken } = await createTestOrder(a, { lines: [{ product, variant, quantity: 2 }] });

    const detail = await getOrderByToken(await shopAt(a), { token: accessToken });
    expect(detail).toMatchObject({
      order: { number: order.number, status: 'pending' },
      snapshot: { total: order.total, lines: [{ variantId: variant.id, quantity: 2 }] },
      timeline: [{ status: 'pending', label: 'Order placed', byYou: false }],
      canCancel: true,
      canPay: false,
    });
    expect(await getOrderByToken(await shopAt(b), { token: accessToken })).toBeNull();
    expect(await getOrderByToken(await shopAt(a), { token: `${accessToken}x` })).toBeNull();
    expect(await getOrderByToken(await shopAt(a), { token: order.accessTokenHash })).toBeNull();
  });

  it("finds an order by number for its own customer only; another customer's number or another store is not found", async () => {
    const owner = await createUser();
    const other = await createUser();
    const mine = await customerFor(a, owner);
    await customerFor(a, other);
    const { product, variant } = await stocked(5);
    const { order } = await createTestOrder(a, { lines: [{ product, variant, quantity: 1 }], customerId: mine.id, email: owner.email });

    expect(await getCustomerOrder(await shopAt(a, owner), { number: order.number.toLowerCase() })).toMatchObject({ order: { number: order.number } });
    expect(await getCustomerOrder(await shopAt(a, other), { number: order.number })).toBeNull();
    expect(await getCustomerOrder(await shopAt(a, null), { number: order.number })).toBeNull();
    await customerFor(b, owner);
    expect(await getCustomerOrder(await shopAt(b, owner), { number: order.number })).toBeNull();
    expect((await listCustomerOrders(await shopAt(b, owner))).rows).toEqual([]);
    expect((await listCustomerOrders(await shopAt(a, other))).rows).toEqual([]);
  });
});

describe('cancelling as the shopper', () => {
  it('cancels a pending order by its link, releases the stock and shows "cancelled by you"', async () => {
    const { product, variant } = await stocked(4);
    const { order, accessToken } = await createTestOrder(a, { lines: [{ product, variant, quantity: 3 }] });
    expect(await level(variant.id)).toMatchObject({ reserved: 3 });

    const result = await cancelShopperOrder(await shopAt(a), { access: { token: accessToken } });

    expect(result).toEqual({ number: order.number, status: 'cancelled' });
    expect(await level(variant.id)).toMatchObject({ quantity: 4, reserved: 0 });
    const detail = await getOrderByToken(await shopAt(a), { token: accessToken });
    expect(detail).toMatchObject({ order: { status: 'cancelled', paymentStatus: 'voided' }, canCancel: false });
    expect(detail!.timeline.at(-1)).toMatchObject({ status: 'cancelled', byYou: true });
  });

  it('cancels a confirmed order from the account with a reason, as the customer', async () => {
    const user = await createUser();
    const customer = await customerFor(a, user);
    const { product, variant } = await stocked(2);
    const { order } = await createTestOrder(a, { lines: [{ product, variant, quantity: 1 }], customerId: customer.id });
    await withOrg(a.id, (tx) => changeOrderStatus(tx, a.id, { orderId: order.id, to: 'confirmed', actor: { type: 'staff', userId: null } }));

    await cancelShopperOrder(await shopAt(a, user), { access: { number: order.number }, reason: 'Ordered the wrong size' });

    const [row] = await withOrg(a.id, (tx) => tx.select().from(orders).where(eq(orders.id, order.id)));
    expect(row).toMatchObject({ status: 'cancelled', cancellationReason: 'Ordered the wrong size', cancelledById: user.id });
    expect(await level(variant.id)).toMatchObject({ reserved: 0 });
  });

  it('refuses once the store has started on the order, and changes nothing', async () => {
    const { product, variant } = await stocked(3);
    const { order, accessToken } = await createTestOrder(a, { lines: [{ product, variant, quantity: 2 }] });
    for (const to of ['confirmed', 'processing'] as const) {
      await withOrg(a.id, (tx) => changeOrderStatus(tx, a.id, { orderId: order.id, to, actor: { type: 'staff', userId: null } }));
    }

    await expect(cancelShopperOrder(await shopAt(a), { access: { token: accessToken } })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('can no longer be cancelled'),
    });
    expect(await level(variant.id)).toMatchObject({ reserved: 2 });
  });

  it("refuses another store's order and another customer's number as not found", async () => {
    const { product, variant } = await stocked(3);
    const owner = await createUser();
    const stranger = await createUser();
    const customer = await customerFor(a, owner);
    await customerFor(a, stranger);
    const { order, accessToken } = await createTestOrder(a, { lines: [{ product, variant, quantity: 1 }], customerId: customer.id });

    await expect(cancelShopperOrder(await shopAt(b), { access: { token: accessToken } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cancelShopperOrder(await shopAt(a, stranger), { access: { number: order.number } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await level(variant.id)).toMatchObject({ reserved: 1 });
  });
});

describe('account order history', () => {
  it("lists the customer's orders newest first with item counts, paginated", async () => {
    const user = await createUser();
    const customer = await customerFor(a, user);
    const { product, variant } = await stocked(50);
    const placed = [];
    for (const quantity of [1, 2, 3]) placed.push((await createTestOrder(a, { lines: [{ product, variant, quantity }], customerId: customer.id })).order);

    const first = await listCustomerOrders(await shopAt(a, user), { pageSize: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, totalPages: 2 });
    expect(first.rows.map((r) => [r.number, r.itemCount])).toEqual([
      [placed[2]!.number, 3],
      [placed[1]!.number, 2],
    ]);
    const second = await listCustomerOrders(await shopAt(a, user), { pageSize: 2, page: 2 });
    expect(second.rows.map((r) => r.number)).toEqual([placed[0]!.number]);
  });

  it('shows nothing to a signed-in user who is not a customer of the store', async () => {
    expect(await listCustomerOrders(await shopAt(a, await createUser()))).toEqual({ rows: [], total: 0, page: 1, totalPages: 1 });
  });
});

describe('re-order', () => {
  it('puts the lines that can still be bought in the cart and names the rest', async () => {
    const plenty = await stocked(10);
    const lastOne = await stocked(1);
    const retired = await stocked(5);
    const { order, accessToken } = await createTestOrder(a, {
      lines: [
        { ...plenty, quantity: 2 },
        { ...lastOne, quantity: 1 },
        { ...retired, quantity: 1 },
      ],
    });
    await withOrg(a.id, (tx) => tx.update(products).set({ status: 'inactive' }).where(eq(products.id, retired.product.id)));
    const cartRef = { tokenHash: `guest-${order.id}` };

    const result = await reorderShopperOrder({ ...(await shopAt(a)), cartRef }, { access: { token: accessToken } });

    expect(result.added).toBe(1);
    expect(result.notAdded).toHaveLength(2);
    expect(result.notAdded).toEqual(
      expect.arrayContaining([
        { name: lastOne.product.name, message: `${lastOne.product.name} is out of stock.` },
        { name: retired.product.name, message: `${retired.product.name} is no longer sold.` },
      ]),
    );
    const cart = await getCartLines(await shopAt(a), cartRef);
    expect(cart.lines).toEqual([{ variantId: plenty.variant.id, productId: plenty.product.id, quantity: 2 }]);
  });

  it("cannot re-order another store's order", async () => {
    const { product, variant } = await stocked(3);
    const { accessToken } = await createTestOrder(a, { lines: [{ product, variant, quantity: 1 }] });
    const cartRef = { tokenHash: 'guest-other-store' };
    await expect(reorderShopperOrder({ ...(await shopAt(b)), cartRef }, { access: { token: accessToken } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getCartLines(await shopAt(b), cartRef)).lines).toEqual([]);
  });
});
