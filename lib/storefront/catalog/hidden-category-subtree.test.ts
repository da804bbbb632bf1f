import { describe, expect, it } from 'vitest';
import { createCategory } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import { parseCategoryFilters } from './category-filters';
import { listCategoryProducts } from './list-category-products';
import { listSitemapEntries } from './list-sitemap-entries';
import { storefrontOf } from './testing';

describe('a hidden category hides its subtree', () => {
  it('from the category page and the sitemap, however deep', async () => {
    const { org } = await createOrganization();
    const store = await storefrontOf(org);
    const home = await createCategory(org, { slug: 'home' });
    const archive = await createCategory(org, { slug: 'archive', parentId: home.id, isActive: false });
    const child = await createCategory(org, { slug: 'archive-2024', parentId: archive.id });
    await createCategory(org, { slug: 'archive-2024-lamps', parentId: child.id });
    const removed = await createCategory(org, { slug: 'removed', deletedAt: new Date() });
    await createCategory(org, { slug: 'under-removed', parentId: removed.id });
    await createCategory(org, { slug: 'kitchen', parentId: home.id });

    const page = (slug: string) =>
      listCategoryProducts(store, {
        slug,
        filters: parseCategoryFilters({}, 'USD'),
      });
    for (const slug of ['archive', 'archive-2024', 'archive-2024-lamps', 'under-removed']) expect(await page(slug)).toBeNull();
    expect((await page('kitchen'))?.breadcrumbs.map((c) => c.slug)).toEqual(['home', 'kitchen']);
    const paths = (await listSitemapEntries(store)).map((e) => e.path);
    expect(paths.sort()).toEqual(['/', '/c/home', '/c/kitchen']);
  });
});
