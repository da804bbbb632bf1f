import { beforeAll, describe, expect, it } from 'vitest';
import { createCategory, createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import type { Organization } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { parseCategoryFilters } from './category-filters';
import { CATEGORY_PAGE_SIZE, listCategoryProducts } from './list-category-products';
import { addAttributes, storefrontOf } from './testing';

// Clothing > Tops > Shirts; a hidden "Archive" under Tops; prices in USD cents.
let org: Organization;
let store: StorefrontContext;

beforeAll(async () => {
  ({ org } = await createOrganization());
  store = await storefrontOf(org);
  const clothing = await createCategory(org, { slug: 'clothing', name: 'Clothing' });
  const tops = await createCategory(org, { slug: 'tops', name: 'Tops', parentId: clothing.id });
  const shirts = await createCategory(org, { slug: 'shirts', name: 'Shirts', parentId: tops.id });
  const archive = await createCategory(org, { slug: 'archive', name: 'Archive', parentId: tops.id, isActive: false });
  const warehouse = await createWarehouse(org);
  const make = async (
    slug: string,
    name: string,
    categoryId: string,
    basePrice: number,
    stock: number,
    attrs: Record<string, string>,
    extra = {},
  ) => {
    const { product, variant } = await createProduct(org, { slug, name, categoryId, basePrice, ...extra });
    if (stock) await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, stock);
    await addAttributes(org, product.id, attrs);
    return product;
  };
  await make('linen-shirt', 'Linen Shirt', shirts.id, 4500, 3, { Material: 'Linen', Fit: 'Slim' });
  await make('cotton-shirt', 'Cotton Shirt', shirts.id, 2500, 0, { Material: 'Cotton', Fit: 'Regular' });
  await make('cotton-tee', 'Cotton Tee', tops.id, 1500, 5, { Material: 'Cotton' });
  await make('preorder-tee', 'Preorder Tee', tops.id, 3500, 0, { Material: 'Silk' }, { allowBackorder: true, salePrice: 3000 });
  await make('old-tee', 'Old Tee', archive.id, 999, 1, { Material: 'Cotton' });
});

const list = (slug: string, params: Record<string, string | string[]> = {}) =>
  listCategoryProducts(store, { slug, filters: parseCategoryFilters(params, 'USD') });
const slugsOf = async (slug: string, params: Record<string, string | string[]> = {}) =>
  (await list(slug, params))!.products.rows.map((p) => p.slug);

describe('listCategoryProducts', () => {
  it('lists the category with all visible subcategories, with breadcrumbs and children', async () => {
    expect((await slugsOf('clothing', { sort: 'name' })).sort()).toEqual(['cotton-shirt', 'cotton-tee', 'linen-shirt', 'preorder-tee']);
    expect(await slugsOf('shirts', { sort: 'name' })).toEqual(['cotton-shirt', 'linen-shirt']);
    const tops = await list('tops');
    expect(tops?.breadcrumbs.map((c) => c.slug)).toEqual(['clothing', 'tops']);
    expect(tops?.subcategories.map((c) => c.slug)).toEqual(['shirts']);
    expect(await list('archive')).toBeNull();
    expect(await list('nope')).toBeNull();
  });

  it('sorts by price (the sale price when there is one), name and newest', async () => {
    expect(await slugsOf('clothing', { sort: 'price_asc' })).toEqual(['cotton-tee', 'cotton-shirt', 'preorder-tee', 'linen-shirt']);
    expect(await slugsOf('clothing', { sort: 'price_desc' })).toEqual(['linen-shirt', 'preorder-tee', 'cotton-shirt', 'cotton-tee']);
    expect(await slugsOf('clothing', { sort: 'name' })).toEqual(['cotton-shirt', 'cotton-tee', 'linen-shirt', 'preorder-tee']);
    expect(await slugsOf('clothing')).toEqual(['preorder-tee', 'cotton-tee', 'cotton-shirt', 'linen-shirt']);
  });

  it('filters by a decimal price range, stock (backorders count) and attributes', async () => {
    expect(await slugsOf('clothing', { min: '20', max: '30.00', sort: 'price_asc' })).toEqual(['cotton-shirt', 'preorder-tee']);
    expect(await slugsOf('clothing', { in_stock: '1', sort: 'name' })).toEqual(['cotton-tee', 'linen-shirt', 'preorder-tee']);
    expect(await slugsOf('clothing', { attr: 'Material:Cotton', sort: 'name' })).toEqual(['cotton-shirt', 'cotton-tee']);
    expect(await slugsOf('clothing', { attr: ['Material:Cotton', 'Material:Linen'], sort: 'name' })).toEqual([
      'cotton-shirt',
      'cotton-tee',
      'linen-shirt',
    ]);
    expect(await slugsOf('clothing', { attr: ['Material:Cotton', 'Fit:Regular'] })).toEqual(['cotton-shirt']);
    expect(await slugsOf('clothing', { attr: 'Material:Wool' })).toEqual([]);
  });

  it('offers attribute values with counts, keeping a chosen value that matches nothing', async () => {
    const listing = await list('clothing', { attr: 'Material:Wool', in_stock: '1' });
    // Fit is left out: among in-stock products only one has it, so it would filter nothing.
    expect(listing?.facets).toEqual([
      {
        name: 'Material',
        values: [
          { value: 'Cotton', count: 1, selected: false },
          { value: 'Linen', count: 1, selected: false },
          { value: 'Silk', count: 1, selected: false },
          { value: 'Wool', count: 0, selected: true },
        ],
      },
    ]);
    const all = await list('clothing');
    expect(all?.facets.map((f) => [f.name, f.values.map((v) => `${v.value}:${v.count}`)])).toEqual([
      ['Material', ['Cotton:2', 'Linen:1', 'Silk:1']],
      ['Fit', ['Regular:1', 'Slim:1']],
    ]);
  });

  it('shows prices in the store currency, the sale price with the price before it', async () => {
    const rows = (await list('tops', { sort: 'name' }))!.products.rows;
    expect(rows.find((r) => r.slug === 'preorder-tee')).toMatchObject({ price: '$30.00', compareAtPrice: '$35.00', inStock: true });
    expect(rows.find((r) => r.slug === 'cotton-shirt')).toMatchObject({ price: '$25.00', compareAtPrice: null, inStock: false });
  });

  it('pages 24 at a time and shows the last page for a page past the end', async () => {
    const { org: big } = await createOrganization({ defaultCurrency: 'JPY', defaultLocale: 'ja-JP' });
    const cat = await createCategory(big, { slug: 'all' });
    for (let i = 0; i < CATEGORY_PAGE_SIZE + 2; i++)
      await createProduct(big, { categoryId: cat.id, slug: `p-${String(i).padStart(2, '0')}`, basePrice: 1500 + i });
    const bigStore = await storefrontOf(big);
    const page2 = await listCategoryProducts(bigStore, { slug: 'all', filters: parseCategoryFilters({ sort: 'name', page: '2' }, 'JPY') });
    expect(page2?.products).toMatchObject({ total: 26, page: 2, totalPages: 2 });
    expect(page2?.products.rows.map((r) => r.slug)).toEqual(['p-24', 'p-25']);
    expect(page2?.products.rows[0]?.price).toBe('￥1,524');
    const stale = await listCategoryProducts(bigStore, { slug: 'all', filters: parseCategoryFilters({ page: '9' }, 'JPY') });
    expect(stale?.products.page).toBe(2);
  });
});
