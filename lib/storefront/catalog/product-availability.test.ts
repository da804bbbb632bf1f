import { beforeAll, describe, expect, it } from 'vitest';
import { createCategory, createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import type { Organization } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { parseCategoryFilters } from './category-filters';
import { getProductPage } from './get-product-page';
import { listCategoryProducts } from './list-category-products';
import { storefrontOf } from './testing';

// One category; each product has 5 units somewhere, but only "stocked" has them where they count.
let org: Organization;
let store: StorefrontContext;

beforeAll(async () => {
  ({ org } = await createOrganization());
  store = await storefrontOf(org);
  const category = await createCategory(org, { slug: 'lamps' });
  const open = await createWarehouse(org);
  const closed = await createWarehouse(org, { isActive: false });
  const gone = await createWarehouse(org, { deletedAt: new Date() });
  const make = (slug: string, variants: Parameters<typeof createProduct>[2] = [{ name: 'Default', isDefault: true }]) =>
    createProduct(org, { slug, categoryId: category.id }, variants);
  const at = (warehouseId: string, productId: string, variantId: string) => ({ warehouseId, productId, variantId });

  const stocked = await make('stocked');
  await setStock(org, at(open.id, stocked.product.id, stocked.variant.id), 5);
  const retired = await make('retired-variant', [
    { name: 'Old', optionValues: { Model: 'Old' }, isActive: false },
    { name: 'Deleted', optionValues: { Model: 'Deleted' }, deletedAt: new Date() },
    { name: 'New', optionValues: { Model: 'New' } },
  ]);
  const [old, deleted] = retired.variants;
  await setStock(org, at(open.id, retired.product.id, old!.id), 5);
  await setStock(org, at(open.id, retired.product.id, deleted!.id), 5);
  const shut = await make('closed-warehouse');
  await setStock(org, at(closed.id, shut.product.id, shut.variant.id), 5);
  await setStock(org, at(gone.id, shut.product.id, shut.variant.id), 5);
});

const cards = async (params: Record<string, string> = {}) =>
  (await listCategoryProducts(store, {
    slug: 'lamps',
    filters: parseCategoryFilters({ sort: 'name', ...params }, 'USD'),
  }))!.products.rows;

describe('product availability', () => {
  it('counts only active variants in active warehouses on cards and in the in-stock filter', async () => {
    expect((await cards()).map((c) => [c.slug, c.inStock])).toEqual([
      ['closed-warehouse', false],
      ['retired-variant', false],
      ['stocked', true],
    ]);
    expect((await cards({ in_stock: '1' })).map((c) => c.slug)).toEqual(['stocked']);
  });

  it('agrees on the product page', async () => {
    const variants = async (slug: string) => (await getProductPage(store, { slug }))!.variants.map((v) => [v.name, v.available, v.inStock]);
    expect(await variants('stocked')).toEqual([['Default', 5, true]]);
    expect(await variants('retired-variant')).toEqual([['New', 0, false]]);
    expect(await variants('closed-warehouse')).toEqual([['Default', 0, false]]);
  });
});
