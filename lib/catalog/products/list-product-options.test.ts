import { describe, expect, it } from 'vitest';
import { createCategory, createProduct } from '@/db/test/catalog-factories';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { listProductTags } from './list-product-tags';
import { searchProductOptions } from './search-product-options';

/** The capped lists behind the product pickers and filters must say when they stopped short. */
async function setup() {
  const { org, owner } = await createOrganization();
  return { org, ctx: await orgContextFor(owner, org) };
}

describe('searchProductOptions', () => {
  it('says when more than the 10 it shows match', async () => {
    const { org, ctx } = await setup();
    for (let i = 0; i < 10; i++) await createProduct(org, { name: `Tea ${String(i).padStart(2, '0')}` });
    await createProduct(org, { name: 'Coffee' });
    expect(await searchProductOptions(ctx, { q: 'tea' })).toMatchObject({ options: { length: 10 }, more: false });
    await createProduct(org, { name: 'Tea 10' });
    const found = await searchProductOptions(ctx, { q: 'tea' });
    expect(found.more).toBe(true);
    expect(found.options.map((o) => o.name).at(-1)).toBe('Tea 09');
  });
});

describe('listProductTags', () => {
  it('lists the tags of the products the other filters leave, and says when it stops at 500', async () => {
    const { org, ctx } = await setup();
    const clothing = await createCategory(org, { name: 'Clothing' });
    const shirts = await createCategory(org, { name: 'Shirts', parentId: clothing.id });
    await createProduct(org, { name: 'Linen Shirt', categoryId: shirts.id, tags: ['summer', 'sale'] });
    await createProduct(org, { name: 'Frying Pan', tags: ['sale', 'kitchen'] });
    expect(await listProductTags(ctx, { category: clothing.id })).toEqual({ tags: ['sale', 'summer'], more: false });
    expect(await listProductTags(ctx, { q: 'pan' })).toEqual({ tags: ['kitchen', 'sale'], more: false });
    expect(await listProductTags(ctx)).toEqual({ tags: ['kitchen', 'sale', 'summer'], more: false });
    await createProduct(org, { name: 'Tagged', tags: Array.from({ length: 500 }, (_, i) => `t${String(i).padStart(3, '0')}`) });
    const all = await listProductTags(ctx);
    expect(all).toMatchObject({ tags: { length: 500 }, more: true });
    expect(all.tags.slice(0, 3)).toEqual(['kitchen', 'sale', 'summer']);
  });
});
