import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { auditOf, movementsOf, stockRow } from '../test-helpers';
import { SetStockLevelsInput } from './schemas';
import { setStockLevels } from './set-stock-levels';

let org: Organization;
let owner: User;

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

const levels = async (input: { variantId: string; warehouseId: string; reorderLevel: number | string; maxLevel: number | string | null }, user = owner) =>
  setStockLevels(await orgContextFor(user, org), SetStockLevelsInput.parse(input));

describe('setStockLevels', () => {
  it('creates the row at 0 units when missing, then updates it, audited, without a movement', async () => {
    const { variant } = await createProduct(org);
    const w = await createWarehouse(org);
    await levels({ variantId: variant.id, warehouseId: w.id, reorderLevel: '5', maxLevel: '' });
    expect(await stockRow(variant.id, w.id)).toMatchObject({ quantity: 0, reorderLevel: 5, maxLevel: null });
    await levels({ variantId: variant.id, warehouseId: w.id, reorderLevel: 4, maxLevel: 40 });
    const row = (await stockRow(variant.id, w.id))!;
    expect(row).toMatchObject({ reorderLevel: 4, maxLevel: 40 });
    expect((await auditOf(row.id)).map((a) => a.action)).toEqual(['stock.levels_set', 'stock.levels_set']);
    expect(await movementsOf(variant.id)).toHaveLength(0);
  });

  it('keeps the quantity of an existing row', async () => {
    const { product, variant } = await createProduct(org);
    const w = await createWarehouse(org);
    await setStock(org, { warehouseId: w.id, productId: product.id, variantId: variant.id }, 9);
    await levels({ variantId: variant.id, warehouseId: w.id, reorderLevel: 2, maxLevel: 20 });
    expect(await stockRow(variant.id, w.id)).toMatchObject({ quantity: 9, reorderLevel: 2, maxLevel: 20 });
  });

  it('refuses a maximum under the reorder level and other bad numbers', () => {
    const at = { variantId: 'var_x', warehouseId: 'wh_x' };
    const errors = (input: object) => SetStockLevelsInput.safeParse({ ...at, ...input }).error?.flatten().fieldErrors;
    expect(errors({ reorderLevel: 10, maxLevel: 5 })).toEqual({ maxLevel: ['The maximum level must be at least the reorder level.'] });
    expect(Object.keys(errors({ reorderLevel: '', maxLevel: null })!)).toEqual(['reorderLevel']);
    expect(Object.keys(errors({ reorderLevel: '-1', maxLevel: 'x' })!).sort()).toEqual(['maxLevel', 'reorderLevel']);
    expect(errors({ reorderLevel: '0', maxLevel: '' })).toBeUndefined();
  });

  it("cannot touch another organization's variant or warehouse; couriers are refused", async () => {
    const { org: other } = await createOrganization();
    const { variant: theirs } = await createProduct(other);
    const theirWarehouse = await createWarehouse(other);
    const { variant } = await createProduct(org);
    const w = await createWarehouse(org);
    await expect(levels({ variantId: theirs.id, warehouseId: w.id, reorderLevel: 1, maxLevel: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(levels({ variantId: variant.id, warehouseId: theirWarehouse.id, reorderLevel: 1, maxLevel: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const courier = await addMember(org, 'courier');
    await expect(levels({ variantId: variant.id, warehouseId: w.id, reorderLevel: 1, maxLevel: null }, courier)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await stockRow(variant.id, w.id)).toBeUndefined();
    expect(await stockRow(variant.id, theirWarehouse.id)).toBeUndefined();
  });
});
