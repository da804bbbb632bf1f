import { describe, expect, it } from 'vitest';
import { createProduct } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import { loadProductCards } from './product-cards';
import { storefrontOf } from './testing';

describe('loadProductCards prices', () => {
  it('shows the lowest active variant price, "from" when variants differ, and the sale only where it applies', async () => {
    const { org } = await createOrganization();
    const store = await storefrontOf(org);
    // Sale 40 (was 50): S follows it, M adds 5, L has its own 35, XL (inactive) would be 10.
    const sizes = await createProduct(org, { slug: 'sizes', basePrice: 5000, salePrice: 4000 }, [
      { name: 'S', optionValues: { Size: 'S' } },
      { name: 'M', optionValues: { Size: 'M' }, priceAdjustment: 500 },
      { name: 'L', optionValues: { Size: 'L' }, price: 3500 },
      { name: 'XL', optionValues: { Size: 'XL' }, price: 1000, isActive: false },
    ]);
    // Every variant adds 2: one price, above the product's, with the sale shown.
    const upcharged = await createProduct(org, { slug: 'upcharged', basePrice: 3000, salePrice: 2500 }, [
      { name: 'Default', priceAdjustment: 200 },
    ]);
    // The cheapest variant follows the sale: "From $15.00" with "$20.00" struck through.
    const onSale = await createProduct(org, { slug: 'on-sale', basePrice: 2000, salePrice: 1500 }, [
      { name: 'A', optionValues: { K: 'A' } },
      { name: 'B', optionValues: { K: 'B' }, price: 9900 },
    ]);
    const plain = await createProduct(org, { slug: 'plain', basePrice: 1999 });
    const ids = [sizes, upcharged, onSale, plain].map((p) => p.product.id);
    const cards = await store.tx((tx) => loadProductCards(tx, org, ids));
    expect(cards.map((c) => [c.slug, c.price, c.priceFrom, c.compareAtPrice])).toEqual([
      ['sizes', '$35.00', true, null],
      ['upcharged', '$27.00', false, '$32.00'],
      ['on-sale', '$15.00', true, '$20.00'],
      ['plain', '$19.99', false, null],
    ]);
  });
});
