import { beforeAll, describe, expect, it } from 'vitest';
import { createCategory, createProduct } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import type { Organization } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { parseCategoryFilters } from './category-filters';
import { getHomeCatalog } from './get-home-catalog';
import { getProductPage } from './get-product-page';
import { listCategoryProducts } from './list-category-products';
import { listSitemapEntries } from './list-sitemap-entries';
import { searchProducts } from './search-products';
import { suggestProducts } from './suggest-products';
import { relate, storefrontOf } from './testing';

// Org A has one product of each state in one category; org B has its own, with a word only B uses.
let a: Organization;
let b: Organization;
let store: StorefrontContext;
const slugs = { active: 'lamp-active', draft: 'lamp-draft', inactive: 'lamp-inactive', deleted: 'lamp-deleted', other: 'zephyrine-lamp' };
let otherId: string;

beforeAll(async () => {
  ({ org: a } = await createOrganization());
  ({ org: b } = await createOrganization());
  store = await storefrontOf(a);
  const category = await createCategory(a, { slug: 'lamps', name: 'Lamps' });
  const common = { categoryId: category.id, isFeatured: true };
  const active = await createProduct(a, { ...common, slug: slugs.active, name: 'Brass Lamp' });
  const draft = await createProduct(a, { ...common, slug: slugs.draft, name: 'Brass Lamp draft', status: 'draft' });
  await createProduct(a, { ...common, slug: slugs.inactive, name: 'Brass Lamp inactive', status: 'inactive' });
  await createProduct(a, { ...common, slug: slugs.deleted, name: 'Brass Lamp deleted', deletedAt: new Date() });
  const bCategory = await createCategory(b, { slug: 'b-lamps' });
  const other = await createProduct(b, { slug: slugs.other, name: 'Zephyrine Brass Lamp', categoryId: bCategory.id, isFeatured: true });
  otherId = other.product.id;
  await relate(a, active.product.id, draft.product.id);
});

describe('a storefront shows only its own active, not deleted products', () => {
  it('on the home page and in the category', async () => {
    const home = await getHomeCatalog(store);
    expect(home.products.map((p) => p.slug)).toEqual([slugs.active]);
    const listing = await listCategoryProducts(store, { slug: 'lamps', filters: parseCategoryFilters({}, 'USD') });
    expect(listing?.products.rows.map((p) => p.slug)).toEqual([slugs.active]);
    expect(listing?.products.total).toBe(1);
  });

  it('by slug: hidden and other stores’ products, and their ids, are not found', async () => {
    expect((await getProductPage(store, { slug: slugs.active }))?.product.name).toBe('Brass Lamp');
    for (const slug of [slugs.draft, slugs.inactive, slugs.deleted, slugs.other, otherId]) {
      expect(await getProductPage(store, { slug })).toBeNull();
    }
    expect(await listCategoryProducts(store, { slug: 'b-lamps', filters: parseCategoryFilters({}, 'USD') })).toBeNull();
  });

  it('in related products, search, suggestions and the sitemap', async () => {
    expect((await getProductPage(store, { slug: slugs.active }))?.related).toEqual([]);
    const search = await searchProducts(store, { q: 'brass lamp' });
    expect(search.rows.map((r) => r.slug)).toEqual([slugs.active]);
    expect((await searchProducts(store, { q: 'zephyrine' })).rows).toEqual([]);
    expect(await suggestProducts(store, 'zephyr')).toEqual([]);
    expect((await suggestProducts(store, 'bras')).map((s) => s.slug)).toEqual([slugs.active]);
    const paths = (await listSitemapEntries(store)).map((e) => e.path);
    expect(paths).toEqual(['/', '/c/lamps', `/p/${slugs.active}`]);
  });

  it('while the other store sees its own product', async () => {
    const other = await storefrontOf(b);
    expect((await searchProducts(other, { q: 'zephyrine' })).rows.map((r) => r.slug)).toEqual([slugs.other]);
    expect((await getHomeCatalog(other)).products.map((p) => p.slug)).toEqual([slugs.other]);
  });
});
