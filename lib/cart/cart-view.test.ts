import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import type { Organization } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { fileUrl } from '@/lib/storage';
import { addImage, storefrontOf } from '@/lib/storefront/catalog/testing';
import { acceptCartPrice } from './accept-cart-price';
import { addToCart } from './add-to-cart';
import { getCartView } from './get-cart';
import { guestRef, stockedProduct, updateProduct, updateVariant } from './testing';
import { updateCartItem } from './update-cart-item';

let org: Organization;
let store: StorefrontContext;

beforeAll(async () => {
  ({ org } = await createOrganization({ defaultCurrency: 'USD', defaultLocale: 'en' }));
  store = await storefrontOf(org);
});

const lineOf = async (ref: ReturnType<typeof guestRef>, variantId: string) => (await getCartView(store, ref)).lines.find((l) => l.variantId === variantId)!;

describe('the cart view', () => {
  it('shows names, the variant, its image thumbnail and formatted prices', async () => {
    const warehouse = await createWarehouse(org);
    const { product, variants } = await createProduct(org, { name: 'Tee', basePrice: 1500, options: [{ name: 'Size', values: ['S', 'M'] }] }, [
      { name: 'S', optionValues: { Size: 'S' } },
      { name: 'M', optionValues: { Size: 'M' }, priceAdjustment: 250 },
    ]);
    const primary = await addImage(org, product.id, { isPrimary: true, altText: 'Tee' });
    const ofM = await addImage(org, product.id, { altText: 'Tee in M', sortOrder: 2 });
    await updateVariant(org, variants[1]!.id, { imageId: ofM.id });
    for (const v of variants) await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: v.id }, 5);

    const ref = guestRef();
    await addToCart(store, ref, { variantId: variants[0]!.id, quantity: 1 });
    await addToCart(store, ref, { variantId: variants[1]!.id, quantity: 2 });
    const view = await getCartView(store, ref);
    expect(view.lines.map((l) => [l.productName, l.variantName, l.image?.url, l.unitPriceLabel, l.lineSubtotalLabel])).toEqual([
      ['Tee', 'S', fileUrl(primary.thumbnailKey), '$15.00', '$15.00'],
      ['Tee', 'M', fileUrl(ofM.thumbnailKey), '$17.50', '$35.00'],
    ]);
    expect(view).toMatchObject({ itemCount: 3, subtotal: 5000, subtotalLabel: '$50.00', hasProblems: false });
  });

  it('flags a price the merchant changed since adding, until the shopper accepts it', async () => {
    const { product, variant } = await stockedProduct(org, 5, { basePrice: 1000 });
    const ref = guestRef();
    await addToCart(store, ref, { variantId: variant.id, quantity: 2 });
    await updateProduct(org, product, { salePrice: 800 });

    const line = await lineOf(ref, variant.id);
    expect(line).toMatchObject({ unitPrice: 800, lineSubtotal: 1600, priceChanged: { from: 1000, to: 800, fromLabel: '$10.00', toLabel: '$8.00' }, problem: null });
    // Changing the quantity keeps the flag; the explicit OK clears it.
    await updateCartItem(store, ref, { variantId: variant.id, quantity: 1 });
    expect((await lineOf(ref, variant.id)).priceChanged).not.toBeNull();
    await acceptCartPrice(store, ref, { variantId: variant.id });
    expect((await lineOf(ref, variant.id)).priceChanged).toBeNull();
  });

  it('flags stock that fell below the quantity, or ran out, and leaves those lines out of the subtotal', async () => {
    const fine = await stockedProduct(org, 9, { basePrice: 100 });
    const fewer = await stockedProduct(org, 5);
    const gone = await stockedProduct(org, 5);
    const ref = guestRef();
    await addToCart(store, ref, { variantId: fine.variant.id, quantity: 1 });
    await addToCart(store, ref, { variantId: fewer.variant.id, quantity: 4 });
    await addToCart(store, ref, { variantId: gone.variant.id, quantity: 1 });
    await setStock(org, { warehouseId: fewer.warehouse.id, productId: fewer.product.id, variantId: fewer.variant.id }, 2);
    await setStock(org, { warehouseId: gone.warehouse.id, productId: gone.product.id, variantId: gone.variant.id }, 0);

    const view = await getCartView(store, ref);
    expect(view.lines.map((l) => l.problem)).toEqual([
      null,
      { kind: 'insufficient_stock', message: 'Only 2 left: reduce the quantity to 2 or fewer.' },
      { kind: 'out_of_stock', message: 'Out of stock: remove it to check out.' },
    ]);
    expect(view).toMatchObject({ subtotal: 100, itemCount: 6, hasProblems: true });
  });

  it('keeps lines whose product was unpublished or deleted, or whose variant was deactivated, flagged as no longer sold', async () => {
    const unpublished = await stockedProduct(org, 5);
    const deleted = await stockedProduct(org, 5);
    const deactivated = await stockedProduct(org, 5);
    const ref = guestRef();
    for (const p of [unpublished, deleted, deactivated]) await addToCart(store, ref, { variantId: p.variant.id, quantity: 1 });
    await updateProduct(org, unpublished.product, { status: 'draft' });
    await updateProduct(org, deleted.product, { deletedAt: new Date() });
    await updateVariant(org, deactivated.variant.id, { isActive: false });

    const view = await getCartView(store, ref);
    expect(view.lines.map((l) => l.problem?.kind)).toEqual(['unavailable', 'unavailable', 'unavailable']);
    expect(view).toMatchObject({ subtotal: 0, itemCount: 3, hasProblems: true });
  });

  it('flags quantities the merchant’s new minimum or maximum no longer allows', async () => {
    const { product, variant } = await stockedProduct(org, 50);
    const ref = guestRef();
    await addToCart(store, ref, { variantId: variant.id, quantity: 3 });
    await updateProduct(org, product, { maxOrderQuantity: 2 });
    expect((await lineOf(ref, variant.id)).problem).toEqual({ kind: 'above_max', message: 'You can order at most 2: reduce the quantity.' });
    await updateProduct(org, product, { maxOrderQuantity: null, minOrderQuantity: 5 });
    expect((await lineOf(ref, variant.id)).problem).toEqual({ kind: 'below_min', message: 'The minimum order is 5: increase the quantity.' });
  });

  it('is empty without a cart', async () => {
    expect(await getCartView(store, null)).toMatchObject({ cartId: null, lines: [], itemCount: 0, subtotalLabel: '$0.00' });
    expect(await getCartView(store, guestRef())).toMatchObject({ cartId: null, lines: [] });
  });
});
