import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { auditOf, movementsOf, stockRow } from '../test-helpers';
import { TransferStockInput } from './schemas';
import { transferStock } from './transfer-stock';

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

const transfer = async (input: { variantId: string; fromWarehouseId: string; toWarehouseId: string; quantity: number }, c?: Awaited<ReturnType<typeof ctx>>) =>
  transferStock(c ?? (await ctx()), TransferStockInput.parse(input));

async function twoWarehouses(a: number, b: number, overrides: Parameters<typeof createProduct>[1] = {}) {
  const { product, variant } = await createProduct(org, overrides);
  const main = await createWarehouse(org, { name: `Main ${product.slug}` });
  const shop = await createWarehouse(org, { name: `Shop ${product.slug}` });
  if (a) await setStock(org, { warehouseId: main.id, productId: product.id, variantId: variant.id }, a);
  if (b) await setStock(org, { warehouseId: shop.id, productId: product.id, variantId: variant.id }, b);
  return { product, variant, main, shop };
}

describe('transferStock', () => {
  it('moves units in one step: two transfer movements sharing an id, naming each other, audited', async () => {
    const { variant, main, shop } = await twoWarehouses(10, 0);
    const result = await transfer({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: shop.id, quantity: 4 });
    expect([(await stockRow(variant.id, main.id))!.quantity, (await stockRow(variant.id, shop.id))!.quantity]).toEqual([6, 4]);
    const moves = await movementsOf(variant.id);
    expect(moves.map((m) => [m.type, m.warehouseId, m.counterpartWarehouseId, m.quantity, m.quantityAfter, m.transferId]).sort()).toEqual(
      [
        ['transfer', main.id, shop.id, -4, 6, result.transferId],
        ['transfer', shop.id, main.id, 4, 4, result.transferId],
      ].sort(),
    );
    expect((await auditOf(result.transferId)).map((a) => [a.action, a.entityType])).toEqual([['stock.transferred', 'inventory_transfer']]);
  });

  it('refuses more than is available at the source, naming the warehouse, and moves nothing', async () => {
    const { variant, main, shop } = await twoWarehouses(3, 1);
    await expect(transfer({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: shop.id, quantity: 5 })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { quantity: [`Only 3 available in ${main.name}.`] },
    });
    expect([(await stockRow(variant.id, main.id))!.quantity, (await stockRow(variant.id, shop.id))!.quantity]).toEqual([3, 1]);
    expect(await movementsOf(variant.id)).toHaveLength(0);
  });

  it('parallel opposite transfers all complete, without deadlock, and conserve the total', async () => {
    const { variant, main, shop } = await twoWarehouses(50, 50);
    const jobs = Array.from({ length: 30 }, (_, i) =>
      transfer({ variantId: variant.id, fromWarehouseId: i % 2 ? main.id : shop.id, toWarehouseId: i % 2 ? shop.id : main.id, quantity: 1 + (i % 3) }),
    );
    const results = await Promise.allSettled(jobs);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [a, b] = [(await stockRow(variant.id, main.id))!, (await stockRow(variant.id, shop.id))!];
    expect(a.quantity + b.quantity).toBe(100);
    expect(await movementsOf(variant.id)).toHaveLength(60);
  });

  it('parallel opposite transfers into a warehouse with no row yet only ever refuse for lack of stock', async () => {
    const { variant, main, shop } = await twoWarehouses(40, 0);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        transfer({ variantId: variant.id, fromWarehouseId: i % 2 ? shop.id : main.id, toWarehouseId: i % 2 ? main.id : shop.id, quantity: 2 }),
      ),
    );
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'INVALID' });
    const [a, b] = [(await stockRow(variant.id, main.id))!, (await stockRow(variant.id, shop.id))!];
    expect([a.quantity + b.quantity, Math.min(a.quantity, b.quantity) >= 0]).toEqual([40, true]);
    expect(await movementsOf(variant.id)).toHaveLength(2 * results.filter((r) => r.status === 'fulfilled').length);
  });

  it('parallel transfers out of one warehouse never take it below zero', async () => {
    const { variant, main, shop } = await twoWarehouses(5, 0);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => transfer({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: shop.id, quantity: 1 })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect([(await stockRow(variant.id, main.id))!.quantity, (await stockRow(variant.id, shop.id))!.quantity]).toEqual([0, 5]);
  });

  it('a backorder product may be transferred past zero', async () => {
    const { variant, main, shop } = await twoWarehouses(1, 0, { allowBackorder: true });
    await transfer({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: shop.id, quantity: 3 });
    expect([(await stockRow(variant.id, main.id))!.quantity, (await stockRow(variant.id, shop.id))!.quantity]).toEqual([-2, 3]);
  });

  it('refuses an inactive warehouse at either end, and the same warehouse at both', async () => {
    const { product, variant, main } = await twoWarehouses(5, 0);
    const closed = await createWarehouse(org, { isActive: false });
    await setStock(org, { warehouseId: closed.id, productId: product.id, variantId: variant.id }, 2);
    await expect(transfer({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: closed.id, quantity: 1 })).rejects.toMatchObject({
      fieldErrors: { toWarehouseId: [expect.stringMatching(/inactive/)] },
    });
    await expect(transfer({ variantId: variant.id, fromWarehouseId: closed.id, toWarehouseId: main.id, quantity: 1 })).rejects.toMatchObject({
      fieldErrors: { fromWarehouseId: [expect.stringMatching(/inactive/)] },
    });
    const same = TransferStockInput.safeParse({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: main.id, quantity: 1 });
    expect(same.error?.flatten().fieldErrors).toEqual({ toWarehouseId: ['Choose a different warehouse to move stock to.'] });
    await expect(transferStock(await ctx(), { variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: main.id, quantity: 1, note: '', reference: '' })).rejects.toMatchObject({
      code: 'INVALID',
    });
    expect(await movementsOf(variant.id)).toHaveLength(0);
  });

  it("cannot use another organization's warehouse or variant", async () => {
    const { org: other } = await createOrganization();
    const { product: theirProduct, variant: theirs } = await createProduct(other);
    const [x, y] = [await createWarehouse(other), await createWarehouse(other)];
    await setStock(other, { warehouseId: x.id, productId: theirProduct.id, variantId: theirs.id }, 9);
    const { variant, main } = await twoWarehouses(5, 0);
    await expect(transfer({ variantId: theirs.id, fromWarehouseId: x.id, toWarehouseId: y.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(transfer({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: y.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(transfer({ variantId: theirs.id, fromWarehouseId: main.id, toWarehouseId: x.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await stockRow(theirs.id, x.id))!.quantity).toBe(9);
    expect((await stockRow(variant.id, main.id))!.quantity).toBe(5);
    expect(await stockRow(variant.id, y.id)).toBeUndefined();
  });

  it('couriers are refused', async () => {
    const { variant, main, shop } = await twoWarehouses(5, 0);
    const courier = await addMember(org, 'courier');
    await expect(
      transfer({ variantId: variant.id, fromWarehouseId: main.id, toWarehouseId: shop.id, quantity: 1 }, await orgContextFor(courier, org)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await movementsOf(variant.id)).toHaveLength(0);
  });
});
