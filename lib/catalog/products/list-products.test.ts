import { describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { productImages } from '@/db/schema';
import { createCategory, createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { listProductTags } from './list-product-tags';
import { ProductListFilters } from './list-filters';
import { listProducts } from './list-products';
import { searchProductOptions } from './search-product-options';

const filters = (params: Record<string, string> = {}) => ProductListFilters.parse(params);

async function catalog() {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const clothing = await createCategory(org, { name: 'Clothing' });
  const shirts = await createCategory(org, { name: 'Shirts', parentId: clothing.id });
  const kitchen = await createCategory(org, { name: 'Kitchen' });
  const warehouse = await createWarehouse(org);
  const make = async (name: string, overrides: Parameters<typeof createProduct>[1], stock: number) => {
    const { product, variant } = await createProduct(org, { name, createdAt: new Date(Date.now() - 1000 * (10 - made.length)), ...overrides });
    if (stock !== 0) await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, stock);
    made.push(product);
    return product;
  };
  const made: { id: string; name: string }[] = [];
  const coat = await make('Wool Coat', { categoryId: clothing.id, basePrice: 20000, sku: 'COAT-1', tags: ['winter'] }, 50);
  const shirt = await make(
    'Linen Shirt',
    { categoryId: shirts.id, basePrice: 4500, salePrice: 3000, barcode: '4006381333931', tags: ['summer', 'sale'] },
    4,
  );
  const mug = await make('Mug', { categoryId: kitchen.id, basePrice: 900, status: 'draft', lowStockThreshold: 2 }, 0);
  const pan = await make('Frying Pan', { basePrice: 3500, status: 'inactive', tags: ['sale'] }, 12);
  return { org, ctx, clothing, shirts, kitchen, coat, shirt, mug, pan };
}

const names = (result: { rows: { name: string }[] }) => result.rows.map((r) => r.name);

describe('listProducts', () => {
  it('searches name, SKU and barcode, and filters by category (with sub-categories), status, stock state and tag', async () => {
    const { ctx, clothing, shirts } = await catalog();
    expect(names(await listProducts(ctx, filters({ q: 'linen' })))).toEqual(['Linen Shirt']);
    expect(names(await listProducts(ctx, filters({ q: 'coat-' })))).toEqual(['Wool Coat']);
    expect(names(await listProducts(ctx, filters({ q: '33393' })))).toEqual(['Linen Shirt']);
    expect(names(await listProducts(ctx, filters({ q: '%' })))).toEqual([]);
    expect(names(await listProducts(ctx, filters({ category: clothing.id, sort: 'name' })))).toEqual(['Linen Shirt', 'Wool Coat']);
    expect(names(await listProducts(ctx, filters({ category: shirts.id })))).toEqual(['Linen Shirt']);
    expect(names(await listProducts(ctx, filters({ status: 'inactive' })))).toEqual(['Frying Pan']);
    expect(names(await listProducts(ctx, filters({ stock: 'out' })))).toEqual(['Mug']);
    expect(names(await listProducts(ctx, filters({ stock: 'low' })))).toEqual(['Linen Shirt']);
    expect(names(await listProducts(ctx, filters({ stock: 'in_stock', sort: 'name' })))).toEqual(['Frying Pan', 'Wool Coat']);
    expect(names(await listProducts(ctx, filters({ tag: 'sale', sort: 'name' })))).toEqual(['Frying Pan', 'Linen Shirt']);
    expect(names(await listProducts(ctx, filters({ tag: 'sale', status: 'active' })))).toEqual(['Linen Shirt']);
  });

  it('shows price, stock state, category and the primary thumbnail on each row', async () => {
    const { org, ctx, shirt } = await catalog();
    await withOrg(org.id, (tx) =>
      tx.insert(productImages).values({
        organizationId: org.id,
        productId: shirt.id,
        storageKey: `orgs/${org.id}/products/${shirt.id}/a.webp`,
        thumbnailKey: `orgs/${org.id}/products/${shirt.id}/a-thumb.webp`,
        width: 10,
        height: 10,
        byteSize: 100,
        isPrimary: true,
      }),
    );
    const [row] = (await listProducts(ctx, filters({ q: 'linen' }))).rows;
    expect(row).toMatchObject({ price: 3000, basePrice: 4500, currency: 'USD', stockAvailable: 4, stockState: 'low', categoryName: 'Shirts' });
    expect(row!.thumbnailKey).toMatch(/a-thumb\.webp$/);
  });

  it('sorts by date, name, price and stock', async () => {
    const { ctx } = await catalog();
    expect(names(await listProducts(ctx, filters()))).toEqual(['Frying Pan', 'Mug', 'Linen Shirt', 'Wool Coat']);
    expect(names(await listProducts(ctx, filters({ sort: 'oldest' })))).toEqual(['Wool Coat', 'Linen Shirt', 'Mug', 'Frying Pan']);
    expect(names(await listProducts(ctx, filters({ sort: 'name' })))).toEqual(['Frying Pan', 'Linen Shirt', 'Mug', 'Wool Coat']);
    expect(names(await listProducts(ctx, filters({ sort: 'price_asc' })))).toEqual(['Mug', 'Linen Shirt', 'Frying Pan', 'Wool Coat']);
    expect(names(await listProducts(ctx, filters({ sort: 'price_desc' })))).toEqual(['Wool Coat', 'Frying Pan', 'Linen Shirt', 'Mug']);
    expect(names(await listProducts(ctx, filters({ sort: 'stock_asc' })))).toEqual(['Mug', 'Linen Shirt', 'Frying Pan', 'Wool Coat']);
    expect(names(await listProducts(ctx, filters({ sort: 'stock_desc' })))).toEqual(['Wool Coat', 'Frying Pan', 'Linen Shirt', 'Mug']);
    // Malformed URL values fall back to the defaults.
    expect(filters({ sort: 'sideways', status: 'sold', stock: 'lots', page: '-3' })).toMatchObject({
      sort: 'newest',
      status: undefined,
      stock: undefined,
      page: 1,
    });
  });

  it('pages 25 at a time and clamps a page past the end to the last one', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    for (let i = 0; i < 27; i++) await createProduct(org, { name: `Item ${String(i).padStart(2, '0')}` });
    const first = await listProducts(ctx, filters({ sort: 'name' }));
    expect(first).toMatchObject({ total: 27, page: 1, totalPages: 2 });
    expect(first.rows).toHaveLength(25);
    const last = await listProducts(ctx, filters({ sort: 'name', page: '9' }));
    expect(last.page).toBe(2);
    expect(names(last)).toEqual(['Item 25', 'Item 26']);
  });

  it("never shows another organization's products, tags or options", async () => {
    const { ctx, clothing } = await catalog();
    const { org: other, owner } = await createOrganization();
    const otherCtx = await orgContextFor(owner, other);
    await createProduct(other, { name: 'Their Shirt', tags: ['theirs'] });
    expect(names(await listProducts(otherCtx, filters()))).toEqual(['Their Shirt']);
    expect(names(await listProducts(otherCtx, filters({ category: clothing.id })))).toEqual([]);
    expect(await listProductTags(otherCtx)).toEqual({ tags: ['theirs'], more: false });
    expect(await listProductTags(ctx)).toEqual({ tags: ['sale', 'summer', 'winter'], more: false });
    expect((await searchProductOptions(otherCtx, { q: 'shirt' })).options.map((o) => o.name)).toEqual(['Their Shirt']);
  });

  it('refuses couriers and sellers', async () => {
    const { org } = await catalog();
    for (const role of ['courier', 'seller'] as const) {
      const ctx = await orgContextFor(await addMember(org, role), org);
      await expect(listProducts(ctx, filters())).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(searchProductOptions(ctx, { q: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('searchProductOptions', () => {
  it('finds up to 10 products by name or SKU, leaving out the product being edited', async () => {
    const { ctx, coat, shirt } = await catalog();
    expect((await searchProductOptions(ctx, { q: 'COAT' })).options.map((o) => o.id)).toEqual([coat.id]);
    expect((await searchProductOptions(ctx, { q: 'shirt', excludeId: shirt.id })).options.map((o) => o.id)).toEqual([]);
    expect(await searchProductOptions(ctx, { q: '' })).toMatchObject({ options: { length: 4 }, more: false });
  });
});
