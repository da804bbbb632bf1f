import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import type { Organization } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { highlightSegments } from './highlight';
import { SEARCH_PAGE_SIZE, searchProducts } from './search-products';
import { suggestProducts } from './suggest-products';
import { storefrontOf } from './testing';

let org: Organization;
let store: StorefrontContext;

beforeAll(async () => {
  ({ org } = await createOrganization());
  store = await storefrontOf(org);
  await createProduct(org, { slug: 'hoodie', name: 'Organic Cotton Hoodie', shortDescription: 'Warm and soft.' });
  await createProduct(org, { slug: 'scarf', name: 'Scarf', shortDescription: 'A scarf of merino wool, to match any hoodie.' });
  await createProduct(org, { slug: 'wool-socks', name: 'Wool Socks', brand: 'Knitters' });
  await createProduct(org, { slug: 'xss', name: 'Mug <script>alert(1)</script>', shortDescription: 'Says "hi" & <b>bye</b>' });
  await createProduct(org, { slug: 'tee', name: 'T-Shirt', tags: ['summer'] });
});

const slugs = async (q: string) => (await searchProducts(store, { q })).rows.map((r) => r.slug);

describe('searchProducts', () => {
  it('finds words as prefixes of names, and whole words anywhere (brand, tags, descriptions)', async () => {
    expect(await slugs('hoo')).toEqual(['hoodie']);
    expect(await slugs('cotton hood')).toEqual(['hoodie']);
    expect(await slugs('knitters')).toEqual(['wool-socks']);
    expect(await slugs('summer')).toEqual(['tee']);
    expect(await slugs('t-shirt')).toEqual(['tee']);
    expect(await slugs('merino')).toEqual(['scarf']);
  });

  it('ranks a match in the name above one in the description', async () => {
    expect(await slugs('hoodie')).toEqual(['hoodie', 'scarf']);
    expect(await slugs('wool')).toEqual(['wool-socks', 'scarf']);
  });

  it('tolerates typos, and says the results are only similar', async () => {
    for (const typo of ['hoodei', 'hodie']) {
      const result = await searchProducts(store, { q: typo });
      expect(result.rows.map((r) => r.slug)).toEqual(['hoodie']);
      expect(result.fuzzy).toBe(true);
    }
    expect((await searchProducts(store, { q: 'hoodie' })).fuzzy).toBe(false);
    expect(await slugs('zzzzqqq')).toEqual([]);
  });

  it('marks matches in the name and description, with the product’s own HTML escaped', async () => {
    const [hit] = (await searchProducts(store, { q: 'hoo' })).rows;
    expect(hit?.nameHtml).toBe('Organic Cotton <mark>Hoodie</mark>');
    const [mug] = (await searchProducts(store, { q: 'mug' })).rows;
    expect(mug?.nameHtml).toBe('<mark>Mug</mark> &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mug?.snippetHtml).toBe('Says &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;');
    expect(highlightSegments(mug!.nameHtml)).toEqual([
      { text: 'Mug', marked: true },
      { text: ' <script>alert(1)</script>', marked: false },
    ]);
  });

  it('never fails on query syntax, and returns nothing for no words', async () => {
    for (const q of ["'", '&|!', ':*', '(((', 'a <-> b', '\\']) await expect(searchProducts(store, { q })).resolves.toBeTruthy();
    expect(await searchProducts(store, { q: '  !! ' })).toMatchObject({ rows: [], total: 0 });
  });

  it('pages the results and counts them', async () => {
    const { org: big } = await createOrganization();
    for (let i = 0; i < SEARCH_PAGE_SIZE + 1; i++) await createProduct(big, { slug: `lamp-${i}`, name: `Lamp ${i}` });
    const bigStore = await storefrontOf(big);
    const page2 = await searchProducts(bigStore, { q: 'lamp', page: 2 });
    expect(page2).toMatchObject({ total: SEARCH_PAGE_SIZE + 1, page: 2, totalPages: 2, capped: false });
    expect(page2.rows).toHaveLength(1);
    expect((await searchProducts(bigStore, { q: 'lamp', page: 7 })).page).toBe(2);
  });
});

describe('suggestProducts', () => {
  it('suggests names containing the words, those starting with them first, and similar names for typos', async () => {
    await createProduct(org, { slug: 'hood-cap', name: 'Hood Cap' });
    expect((await suggestProducts(store, 'hoo')).map((s) => s.slug)).toEqual(['hood-cap', 'hoodie']);
    expect((await suggestProducts(store, 'hodie')).map((s) => s.name)).toEqual(['Organic Cotton Hoodie']);
    expect(await suggestProducts(store, 'h')).toEqual([]);
  });
});
