import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { inventoryMovements, products, stockLevels, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { applyStockChange } from './apply-stock-change';

let org: Organization;
let other: Organization;

beforeAll(async () => {
  ({ org } = await createOrganization());
  ({ org: other } = await createOrganization());
});

const change = (variantId: string, warehouseId: string, delta: number, orgId = org.id) =>
  withOrg(orgId, (tx) => applyStockChange(tx, { orgId, userId: null }, { variantId, warehouseId, delta, type: 'adjustment', reason: 'test' }));

async function stockOf(variantId: string, warehouseId: string) {
  const [row] = await withOrg(org.id, (tx) =>
    tx.select().from(stockLevels).where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.warehouseId, warehouseId))),
  );
  return row;
}

describe('applyStockChange', () => {
  it('never loses one of many parallel increments, and writes one movement each', async () => {
    const { variant, product } = await createProduct(org);
    const wh = await createWarehouse(org);
    await Promise.all(Array.from({ length: 25 }, () => change(variant.id, wh.id, 2)));
    expect((await stockOf(variant.id, wh.id))?.quantity).toBe(50);
    const moves = await withOrg(org.id, (tx) => tx.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, variant.id)));
    expect(moves).toHaveLength(25);
    expect(moves.map((m) => m.quantityAfter).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => 2 * (i + 1)));
    const [p] = await withOrg(org.id, (tx) => tx.select().from(products).where(eq(products.id, product.id)));
    expect(p!.stockAvailable).toBe(50);
  });

  it('parallel removals stop at zero when the product does not allow backorders', async () => {
    const { variant, product } = await createProduct(org, { allowBackorder: false });
    const wh = await createWarehouse(org);
    await setStock(org, { warehouseId: wh.id, productId: product.id, variantId: variant.id }, 10);
    const results = await Promise.allSettled(Array.from({ length: 16 }, () => change(variant.id, wh.id, -1)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toMatch(/Only 0 available/);
    expect((await stockOf(variant.id, wh.id))?.quantity).toBe(0);
  });

  it('keeps reserved units: available cannot go below zero', async () => {
    const { variant, product } = await createProduct(org);
    const wh = await createWarehouse(org);
    await setStock(org, { warehouseId: wh.id, productId: product.id, variantId: variant.id }, 5, { reserved: 3 });
    await expect(change(variant.id, wh.id, -3)).rejects.toThrow(/Only 2 available/);
    await change(variant.id, wh.id, -2);
    expect(await stockOf(variant.id, wh.id)).toMatchObject({ quantity: 3, reserved: 3, available: 0 });
  });

  it('goes below zero when backorders are allowed, even with no stock row yet', async () => {
    const { variant, product } = await createProduct(org, { allowBackorder: true });
    const wh = await createWarehouse(org);
    await change(variant.id, wh.id, -4);
    expect((await stockOf(variant.id, wh.id))?.quantity).toBe(-4);
    const [p] = await withOrg(org.id, (tx) => tx.select().from(products).where(eq(products.id, product.id)));
    expect(p!.stockAvailable).toBe(-4);
  });

  it("refuses another organization's variant or warehouse", async () => {
    const { variant } = await createProduct(other);
    const otherWh = await createWarehouse(other);
    const wh = await createWarehouse(org);
    await expect(change(variant.id, wh.id, 1)).rejects.toThrow(/Variant was not found/);
    const { variant: mine } = await createProduct(org);
    await expect(change(mine.id, otherWh.id, 1)).rejects.toThrow(/Warehouse was not found/);
  });
});

describe('applyStockChange and inactive warehouses', () => {
  it('refuses stock into an inactive warehouse, but lets stock out of it', async () => {
    const { variant, product } = await createProduct(org);
    const wh = await createWarehouse(org, { isActive: false });
    await setStock(org, { warehouseId: wh.id, productId: product.id, variantId: variant.id }, 3);
    await expect(change(variant.id, wh.id, 1)).rejects.toThrow(/inactive and takes no new stock/);
    await change(variant.id, wh.id, -3);
    expect((await stockOf(variant.id, wh.id))?.quantity).toBe(0);
  });
});
