import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import type { Organization } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { storefrontOf } from '@/lib/storefront/catalog/testing';
import { addLinesToCart } from './add-lines-to-cart';
import { addToCart } from './add-to-cart';
import { clearCart } from './clear-cart';
import { getCartCount, getCartLines, getCartView } from './get-cart';
import { removeCartItem } from './remove-cart-item';
import { cartRowsOf, guestRef, stockedProduct, updateProduct, updateVariant } from './testing';
import { updateCartItem } from './update-cart-item';

let org: Organization;
let store: StorefrontContext;

beforeAll(async () => {
  ({ org } = await createOrganization({ defaultCurrency: 'EUR' }));
  store = await storefrontOf(org);
});

describe('adding to the cart', () => {
  it('a guest adds a variant; adding it again adds to its quantity at the price seen', async () => {
    const { variant } = await stockedProduct(org, 10, { basePrice: 2500 });
    const ref = guestRef();
    expect(await addToCart(store, ref, { variantId: variant.id, quantity: 2 })).toMatchObject({ quantity: 2, itemCount: 2 });
    expect(await addToCart(store, ref, { variantId: variant.id, quantity: 3 })).toMatchObject({ quantity: 5, itemCount: 5 });

    const view = await getCartView(store, ref);
    expect(view.lines).toHaveLength(1);
    expect(view.lines[0]).toMatchObject({ quantity: 5, unitPrice: 2500, lineSubtotal: 12500, priceChanged: null, problem: null, variantName: null });
    expect(view).toMatchObject({ itemCount: 5, subtotal: 12500, currency: 'EUR', hasProblems: false });
    expect(await getCartCount(store, ref)).toBe(5);
  });

  it('refuses beyond the stock, saying how many can still be added, and changes nothing', async () => {
    const { variant } = await stockedProduct(org, 5);
    const ref = guestRef();
    await expect(addToCart(store, ref, { variantId: variant.id, quantity: 6 })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Only 5 left in stock.' });
    await addToCart(store, ref, { variantId: variant.id, quantity: 3 });
    await expect(addToCart(store, ref, { variantId: variant.id, quantity: 3 })).rejects.toMatchObject({
      message: 'Only 5 left in stock. You already have 3 in your cart, so you can add 2 more.',
      fieldErrors: { quantity: ['Only 5 left in stock. You already have 3 in your cart, so you can add 2 more.'] },
    });
    expect((await getCartView(store, ref)).lines[0]!.quantity).toBe(3);
  });

  it('holds the minimum and maximum order quantities', async () => {
    const { variant } = await stockedProduct(org, 100, { minOrderQuantity: 2, maxOrderQuantity: 4 });
    const ref = guestRef();
    await expect(addToCart(store, ref, { variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ code: 'INVALID', message: 'The minimum order is 2.' });
    await addToCart(store, ref, { variantId: variant.id, quantity: 2 });
    await expect(addToCart(store, ref, { variantId: variant.id, quantity: 3 })).rejects.toMatchObject({
      message: 'You can order at most 4. You already have 2 in your cart, so you can add 2 more.',
    });
    await expect(updateCartItem(store, ref, { variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ message: 'The minimum order is 2.' });
    await expect(updateCartItem(store, ref, { variantId: variant.id, quantity: 5 })).rejects.toMatchObject({ message: 'You can order at most 4.' });
    expect(await updateCartItem(store, ref, { variantId: variant.id, quantity: 4 })).toMatchObject({ quantity: 4 });
  });

  it('takes more than the stock when the product allows backorders, but not when it is out of stock otherwise', async () => {
    const backorder = await stockedProduct(org, 0, { allowBackorder: true });
    const soldOut = await stockedProduct(org, 0);
    const ref = guestRef();
    expect(await addToCart(store, ref, { variantId: backorder.variant.id, quantity: 7 })).toMatchObject({ quantity: 7 });
    await expect(addToCart(store, ref, { variantId: soldOut.variant.id, quantity: 1 })).rejects.toMatchObject({ message: 'This is out of stock.' });
  });

  it('counts stock in active warehouses only', async () => {
    const { product, variant } = await stockedProduct(org, 1);
    const closed = await createWarehouse(org, { isActive: false });
    await setStock(org, { warehouseId: closed.id, productId: product.id, variantId: variant.id }, 50);
    await expect(addToCart(store, guestRef(), { variantId: variant.id, quantity: 2 })).rejects.toMatchObject({ message: 'Only 1 left in stock.' });
  });

  it('refuses draft, inactive and deleted products and inactive variants as not found, writing nothing', async () => {
    const { org: fresh } = await createOrganization();
    const at = await storefrontOf(fresh);
    const draft = await stockedProduct(fresh, 5, { status: 'draft', publishedAt: null });
    const inactive = await stockedProduct(fresh, 5, { status: 'inactive' });
    const deleted = await stockedProduct(fresh, 5, { deletedAt: new Date() });
    const { variants } = await createProduct(fresh, {}, [{ name: 'Gone', isActive: false }]);
    const ref = guestRef();
    for (const variantId of [draft.variant.id, inactive.variant.id, deleted.variant.id, variants[0]!.id, 'var_missing']) {
      await expect(addToCart(at, ref, { variantId, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await cartRowsOf(fresh)).toEqual({ carts: [], items: [] });
  });

  it('a decrease is allowed while the line is over the stock; an increase is not', async () => {
    const { product, variant, warehouse } = await stockedProduct(org, 10);
    const ref = guestRef();
    await addToCart(store, ref, { variantId: variant.id, quantity: 8 });
    await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, 3);
    expect(await updateCartItem(store, ref, { variantId: variant.id, quantity: 6 })).toMatchObject({ quantity: 6 });
    await expect(updateCartItem(store, ref, { variantId: variant.id, quantity: 7 })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Only 3 left in stock.' });
    await updateProduct(org, product, { status: 'inactive' });
    await expect(updateCartItem(store, ref, { variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ message: 'This product is no longer sold. Remove it from your cart.' });
  });

  it('removing a line, twice, leaves the rest', async () => {
    const a = await stockedProduct(org, 5);
    const b = await stockedProduct(org, 5);
    const ref = guestRef();
    await addToCart(store, ref, { variantId: a.variant.id, quantity: 1 });
    await addToCart(store, ref, { variantId: b.variant.id, quantity: 2 });
    expect(await removeCartItem(store, ref, { variantId: a.variant.id })).toEqual({ removed: true, itemCount: 2 });
    expect(await removeCartItem(store, ref, { variantId: a.variant.id })).toEqual({ removed: false, itemCount: 2 });
    expect((await getCartView(store, ref)).lines.map((l) => l.variantId)).toEqual([b.variant.id]);
  });
});

describe('checkout helpers', () => {
  it('getCartLines lists the lines still sold; clearCart empties the cart in a transaction', async () => {
    const kept = await stockedProduct(org, 5);
    const dropped = await stockedProduct(org, 5);
    const ref = guestRef();
    await addToCart(store, ref, { variantId: kept.variant.id, quantity: 2 });
    await addToCart(store, ref, { variantId: dropped.variant.id, quantity: 1 });
    await updateVariant(org, dropped.variant.id, { isActive: false });

    const { cartId, lines } = await getCartLines(store, ref);
    expect(lines).toEqual([{ variantId: kept.variant.id, productId: kept.product.id, quantity: 2 }]);
    await store.tx((tx) => clearCart(tx, org.id, cartId!));
    expect((await getCartView(store, ref)).lines).toEqual([]);
    expect(await getCartLines(store, guestRef())).toEqual({ cartId: null, lines: [] });
  });

  it('addLinesToCart (re-order) adds what fits and reports the rest', async () => {
    const plenty = await stockedProduct(org, 10);
    const scarce = await stockedProduct(org, 2);
    const gone = await stockedProduct(org, 5, { status: 'inactive' });
    const ref = guestRef();
    const result = await addLinesToCart(store, ref, [
      { variantId: plenty.variant.id, quantity: 3 },
      { variantId: scarce.variant.id, quantity: 5 },
      { variantId: gone.variant.id, quantity: 1 },
    ]);
    expect(result.added).toBe(2);
    expect(result.problems).toEqual([
      { variantId: scarce.variant.id, message: `${scarce.product.name}: only 2 of 5 added (the most you can order now).` },
      { variantId: gone.variant.id, message: `${gone.product.name} is no longer sold.` },
    ]);
    // Lines added in one transaction share their time, so compare them by variant.
    const quantities = Object.fromEntries((await getCartView(store, ref)).lines.map((l) => [l.variantId, l.quantity]));
    expect(quantities).toEqual({ [plenty.variant.id]: 3, [scarce.variant.id]: 2 });
  });
});

describe('another store', () => {
  it("cannot add org A's variant through org B, and never sees A's cart", async () => {
    const { org: other } = await createOrganization();
    const atOther = await storefrontOf(other);
    const { variant } = await stockedProduct(org, 5);
    const ref = guestRef();
    await addToCart(store, ref, { variantId: variant.id, quantity: 1 });

    await expect(addToCart(atOther, guestRef(), { variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addToCart(atOther, ref, { variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await cartRowsOf(other)).toEqual({ carts: [], items: [] });

    // The same token (or the cart's id) at another store finds nothing there.
    const { cartId } = await getCartLines(store, ref);
    expect((await getCartView(atOther, ref)).lines).toEqual([]);
    expect((await getCartView(atOther, { cartId: cartId! })).lines).toEqual([]);
    expect(await getCartCount(atOther, ref)).toBe(0);
    await expect(updateCartItem(atOther, { cartId: cartId! }, { variantId: variant.id, quantity: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await removeCartItem(atOther, { cartId: cartId! }, { variantId: variant.id })).toEqual({ removed: false, itemCount: 0 });
    await atOther.tx((tx) => clearCart(tx, other.id, cartId!));
    expect((await getCartView(store, ref)).lines[0]!.quantity).toBe(1);
  });
});
