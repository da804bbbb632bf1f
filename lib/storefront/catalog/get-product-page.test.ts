import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { productVariants, type Organization } from '@/db/schema';
import { createCategory, createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import type { StorefrontContext } from '@/lib/server/context';
import { getProductPage } from './get-product-page';
import { productJsonLd } from './product-json-ld';
import { addAttributes, addImage, relate, storefrontOf } from './testing';

let org: Organization;
let store: StorefrontContext;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ org } = await createOrganization());
  store = await storefrontOf(org);
  const root = await createCategory(org, { slug: 'clothing', name: 'Clothing' });
  const hidden = await createCategory(org, { slug: 'hidden', name: 'Hidden', parentId: root.id, isActive: false });
  const leaf = await createCategory(org, { slug: 'hoodies', name: 'Hoodies', parentId: hidden.id });
  const options = [{ name: 'Size', values: ['S', 'M', 'L'] }];
  const { product, variants } = await createProduct(
    org,
    {
      slug: 'hoodie',
      name: 'Hoodie',
      brand: 'Acme',
      sku: 'HOOD',
      basePrice: 5000,
      salePrice: 4000,
      categoryId: leaf.id,
      options,
      weightGrams: 1250,
    },
    [
      { name: 'S', sku: 'HOOD-S', optionValues: { Size: 'S' } },
      { name: 'M', sku: 'HOOD-M', optionValues: { Size: 'M' }, priceAdjustment: 500 },
      { name: 'L', sku: 'HOOD-L', optionValues: { Size: 'L' }, price: 6000 },
      { name: 'XL', optionValues: { Size: 'XL' }, isActive: false },
    ],
  );
  const [s, m, l] = variants;
  const w1 = await createWarehouse(org);
  const w2 = await createWarehouse(org);
  await setStock(org, { warehouseId: w1.id, productId: product.id, variantId: s!.id }, 2, { reserved: 2 });
  await setStock(org, { warehouseId: w1.id, productId: product.id, variantId: m!.id }, 1);
  await setStock(org, { warehouseId: w2.id, productId: product.id, variantId: m!.id }, 3, { reserved: 1 });
  const second = await addImage(org, product.id, { sortOrder: 0, altText: 'Back' });
  const primary = await addImage(org, product.id, { sortOrder: 1, isPrimary: true, altText: 'Front' });
  await withOrg(org.id, (tx) => tx.update(productVariants).set({ imageId: second.id }).where(eq(productVariants.id, l!.id)));
  await addAttributes(org, product.id, { Material: 'Cotton', Fit: 'Relaxed' });
  const visible = await createProduct(org, { slug: 'cap', name: 'Cap' });
  const archived = await createProduct(org, { slug: 'old-cap', status: 'inactive' });
  await relate(org, product.id, archived.product.id, 0);
  await relate(org, product.id, visible.product.id, 1);
  ids = { product: product.id, s: s!.id, m: m!.id, l: l!.id, primary: primary.id, second: second.id };
});

describe('getProductPage', () => {
  it('prices each active variant and sums what is available over its warehouses', async () => {
    const page = (await getProductPage(store, { slug: 'hoodie' }))!;
    expect(page.variants.map((v) => [v.name, v.price, v.priceLabel, v.compareAtLabel, v.available, v.inStock])).toEqual([
      ['S', 4000, '$40.00', '$50.00', 0, false],
      ['M', 4500, '$45.00', '$55.00', 3, true],
      ['L', 6000, '$60.00', null, 0, false],
    ]);
    expect(page.variants.find((v) => v.id === ids.l)?.imageId).toBe(ids.second);
  });

  it('puts the primary image first and lists attributes, related products and breadcrumbs', async () => {
    const page = (await getProductPage(store, { slug: 'hoodie' }))!;
    expect(page.images.map((i) => [i.id, i.alt])).toEqual([
      [ids.primary, 'Front'],
      [ids.second, 'Back'],
    ]);
    expect(page.images[0]!.url).toMatch(/^\/api\/files\/orgs\/.+\.webp$/);
    expect(page.attributes).toEqual([
      { name: 'Material', value: 'Cotton' },
      { name: 'Fit', value: 'Relaxed' },
    ]);
    expect(page.related.map((r) => r.slug)).toEqual(['cap']);
    // The hidden middle category is left out of the trail.
    expect(page.breadcrumbs.map((c) => c.slug)).toEqual(['clothing', 'hoodies']);
  });

  it('counts backorderable variants as in stock', async () => {
    await createProduct(org, { slug: 'made-to-order', allowBackorder: true });
    const page = (await getProductPage(store, { slug: 'made-to-order' }))!;
    expect(page.variants.map((v) => [v.available, v.inStock])).toEqual([[0, true]]);
  });

  it('describes the product for search engines with one offer per variant', async () => {
    const page = (await getProductPage(store, { slug: 'hoodie' }))!;
    const ld = productJsonLd(page, { productUrl: 'https://shop.test/p/hoodie', origin: 'https://shop.test', currency: 'USD' });
    expect(ld).toMatchObject({ '@type': 'Product', name: 'Hoodie', sku: 'HOOD', brand: { '@type': 'Brand', name: 'Acme' } });
    expect(ld.image?.[0]).toMatch(/^https:\/\/shop\.test\/api\/files\//);
    expect(ld.offers.map((o) => [o.sku, o.price, o.priceCurrency, o.availability])).toEqual([
      ['HOOD-S', '40.00', 'USD', 'https://schema.org/OutOfStock'],
      ['HOOD-M', '45.00', 'USD', 'https://schema.org/InStock'],
      ['HOOD-L', '60.00', 'USD', 'https://schema.org/OutOfStock'],
    ]);
  });
});
