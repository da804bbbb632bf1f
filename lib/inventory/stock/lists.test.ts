import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization, createUser, orgContextFor } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { adjustStock } from './adjust-stock';
import { getProductStock } from './get-product-stock';
import { listLowStock } from './list-low-stock';
import { listMovements, MovementFilters } from './list-movements';
import { listStockLevels, StockLevelFilters } from './list-stock-levels';
import { AdjustStockInput } from './schemas';
import { transferStock } from './transfer-stock';

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);
const sizes = (sku: string) => [
  { name: 'S', sku: `${sku}-S`, optionValues: { Size: 'S' } },
  { name: 'M', sku: `${sku}-M`, optionValues: { Size: 'M' } },
];

beforeAll(async () => {
  owner = await createUser({ name: 'Dana Stock' });
  ({ org } = await createOrganization());
  await addMember(org, 'owner', owner);
});

describe('getProductStock', () => {
  it('shows every variant × active warehouse, with 0 where there is no row', async () => {
    const { product, variants } = await createProduct(org, { name: 'Tee' }, sizes('TEE'));
    const main = await createWarehouse(org, { name: 'AAA Main' });
    await createWarehouse(org, { name: 'Closed', isActive: false });
    await setStock(org, { warehouseId: main.id, productId: product.id, variantId: variants[1]!.id }, 6, { reserved: 1, reorderLevel: 2, maxLevel: 10 });
    const stock = await getProductStock(await ctx(), product.id);
    expect(stock.warehouses.map((w) => w.name)).not.toContain('Closed');
    const i = stock.warehouses.findIndex((w) => w.id === main.id);
    expect(stock.variants.map((v) => [v.name, v.cells[i]!.quantity, v.cells[i]!.available, v.cells[i]!.exists, v.total.available])).toEqual([
      ['S', 0, 0, false, 0],
      ['M', 6, 5, true, 5],
    ]);
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(getProductStock(await orgContextFor(otherOwner, other), product.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const courier = await addMember(org, 'courier');
    await expect(getProductStock(await orgContextFor(courier, org), product.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('listMovements and listStockLevels', () => {
  it('shows who moved what, filters by warehouse, type and search, and stays inside the organization', async () => {
    const { product, variants } = await createProduct(org, { name: 'Ledger Tee' }, sizes('LED'));
    const main = await createWarehouse(org, { name: 'Ledger Main' });
    const shop = await createWarehouse(org, { name: 'Ledger Shop' });
    const c = await ctx();
    await adjustStock(c, AdjustStockInput.parse({ variantId: variants[0]!.id, warehouseId: main.id, mode: 'add', quantity: 10, reason: 'received', reference: 'PO-1' }));
    await transferStock(c, { variantId: variants[0]!.id, fromWarehouseId: main.id, toWarehouseId: shop.id, quantity: 3, note: '', reference: 'T-1' });

    const all = await listMovements(c, MovementFilters.parse({}), { productId: product.id });
    expect(all.total).toBe(3);
    const inbound = all.rows.find((r) => r.type === 'in')!;
    expect(inbound).toMatchObject({ quantity: 10, quantityAfter: 10, reason: 'received', reference: 'PO-1', actorName: 'Dana Stock', warehouseName: 'Ledger Main', sku: 'LED-S' });
    const shopSide = all.rows.find((r) => r.type === 'transfer' && r.quantity > 0)!;
    expect(shopSide).toMatchObject({ warehouseName: 'Ledger Shop', counterpartName: 'Ledger Main', quantityAfter: 3 });

    const filtered = await listMovements(c, MovementFilters.parse({ warehouse: shop.id, type: 'transfer' }));
    expect(filtered.rows.map((r) => r.quantity)).toEqual([3]);
    expect((await listMovements(c, MovementFilters.parse({ q: 'led-s' }))).total).toBe(3);
    expect((await listMovements(c, MovementFilters.parse({ q: 'nothing like it' }))).total).toBe(0);
    expect((await listMovements(c, MovementFilters.parse({ from: '2999-01-01' }))).total).toBe(0);
    expect(MovementFilters.parse({ type: 'bogus', page: 'x', from: 'soon' })).toMatchObject({ type: undefined, page: 1, from: undefined });

    const levels = await listStockLevels(c, StockLevelFilters.parse({ q: 'Ledger Tee' }));
    expect(levels.rows.map((r) => [r.variantName, r.warehouseName, r.quantity])).toEqual([
      ['S', 'Ledger Main', 7],
      ['S', 'Ledger Shop', 3],
    ]);
    expect((await listStockLevels(c, StockLevelFilters.parse({ warehouse: shop.id }))).total).toBe(1);

    const { org: other, owner: otherOwner } = await createOrganization();
    const theirs = await orgContextFor(otherOwner, other);
    expect((await listMovements(theirs, MovementFilters.parse({}))).total).toBe(0);
    expect((await listStockLevels(theirs, StockLevelFilters.parse({}))).total).toBe(0);
    await expect(listMovements(theirs, MovementFilters.parse({}), { productId: product.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const courier = await addMember(org, 'courier');
    await expect(listMovements(await orgContextFor(courier, org), MovementFilters.parse({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('listStockLevels for transfers', () => {
  it('with inStock offers only active warehouses', async () => {
    const { product, variant } = await createProduct(org, { name: 'Mover' });
    const open = await createWarehouse(org, { name: 'Transfer open' });
    const closed = await createWarehouse(org, { name: 'Transfer closed', isActive: false });
    await setStock(org, { warehouseId: open.id, productId: product.id, variantId: variant.id }, 4);
    await setStock(org, { warehouseId: closed.id, productId: product.id, variantId: variant.id }, 4);
    const names = async (inStock?: boolean) =>
      (await listStockLevels(await ctx(), StockLevelFilters.parse({ q: 'Mover', inStock }))).rows.map((r) => r.warehouseName);
    expect(await names(true)).toEqual(['Transfer open']);
    expect(await names()).toEqual(['Transfer closed', 'Transfer open']);
  });
});

describe('listLowStock', () => {
  it('lists rows at or under their reorder level and products at or under their threshold, by shortfall', async () => {
    const { org: fresh, owner: freshOwner } = await createOrganization();
    const c = await orgContextFor(freshOwner, fresh);
    expect((await listLowStock(c, { page: 1 })).total).toBe(0);
    const w = await createWarehouse(fresh, { name: 'Main' });
    const closed = await createWarehouse(fresh, { name: 'Closed', isActive: false });
    const levelled = await createProduct(fresh, { name: 'Levelled', lowStockThreshold: 100 }, sizes('LVL'));
    const [s, m] = levelled.variants;
    await setStock(fresh, { warehouseId: w.id, productId: levelled.product.id, variantId: s!.id }, 2, { reorderLevel: 5 });
    await setStock(fresh, { warehouseId: w.id, productId: levelled.product.id, variantId: m!.id }, 9, { reorderLevel: 5 });
    await setStock(fresh, { warehouseId: closed.id, productId: levelled.product.id, variantId: m!.id }, 0, { reorderLevel: 5 });
    const thin = await createProduct(fresh, { name: 'Thin', lowStockThreshold: 10 });
    await setStock(fresh, { warehouseId: w.id, productId: thin.product.id, variantId: thin.variant.id }, 4);
    const plenty = await createProduct(fresh, { name: 'Plenty', lowStockThreshold: 3 });
    await setStock(fresh, { warehouseId: w.id, productId: plenty.product.id, variantId: plenty.variant.id }, 20);
    await createProduct(fresh, { name: 'Gone', status: 'discontinued' });
    await createProduct(fresh, { name: 'Download', isDigital: true });

    const low = await listLowStock(c, { page: 1 });
    expect(low.rows.map((r) => [r.rule, r.productName, r.variantName, r.warehouseName, r.available, r.limit, r.shortfall])).toEqual([
      ['threshold', 'Thin', null, null, 4, 10, 6],
      ['level', 'Levelled', 'S', 'Main', 2, 5, 3],
    ]);
    const { org: other, owner: otherOwner } = await createOrganization();
    expect((await listLowStock(await orgContextFor(otherOwner, other), { page: 1 })).total).toBe(0);
  });
});
