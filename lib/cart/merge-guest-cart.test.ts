import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { carts, customers, type Organization } from '@/db/schema';
import { createOrganization, createUser, TEST_PASSWORD } from '@/db/test/factories';
import { sha256 } from '@/lib/crypto/hash';
import type { ShopperContext } from '@/lib/customers/internal';
import { registerShopper } from '@/lib/customers/register-shopper';
import { signInShopper } from '@/lib/customers/sign-in-shopper';
import { storefrontOf } from '@/lib/storefront/catalog/testing';
import { addToCart } from './add-to-cart';
import { customerCartRef } from './customer-cart-ref';
import { getCartView } from './get-cart';
import { mergeGuestCart } from './merge-guest-cart';
import { cartRowsOf, guestRef, stockedProduct, updateProduct } from './testing';

// The request's cookie jar, for the sign-in wiring (cart-ref.ts reads the guest cookie from it).
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', async (original) => ({
  ...(await original<typeof import('next/headers')>()),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    delete: ({ name }: { name: string }) => jar.delete(name),
  }),
}));

let org: Organization;
let shop: ShopperContext;

beforeAll(async () => {
  ({ org } = await createOrganization());
  shop = { ...(await storefrontOf(org)), meta: { ipAddress: null, userAgent: 'vitest' } };
});
beforeEach(() => jar.clear());

async function customerRef() {
  return customerCartRef(shop, await createUser()) as Promise<{ customerId: string }>;
}

describe('merging the guest cart at sign-in', () => {
  it('sums quantities of the same variant, capped by stock and the maximum, and deletes the guest cart', async () => {
    const scarce = await stockedProduct(org, 5);
    const capped = await stockedProduct(org, 100, { maxOrderQuantity: 6 });
    const onlyGuest = await stockedProduct(org, 10);
    const customer = await customerRef();
    await addToCart(shop, customer, { variantId: scarce.variant.id, quantity: 3 });
    await addToCart(shop, customer, { variantId: capped.variant.id, quantity: 4 });

    const guest = guestRef() as { tokenHash: string };
    await addToCart(shop, guest, { variantId: scarce.variant.id, quantity: 4 });
    await addToCart(shop, guest, { variantId: capped.variant.id, quantity: 4 });
    await addToCart(shop, guest, { variantId: onlyGuest.variant.id, quantity: 2 });

    expect(await mergeGuestCart(shop, { ...guest, customerId: customer.customerId })).toEqual({ merged: 3 });
    const view = await getCartView(shop, customer);
    expect(view.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [scarce.variant.id, 5],
      [capped.variant.id, 6],
      [onlyGuest.variant.id, 2],
    ]);
    expect(view.hasProblems).toBe(false);
    expect((await getCartView(shop, guest)).cartId).toBeNull();
    const rows = await cartRowsOf(org);
    expect(rows.carts.filter((c) => c.tokenHash === guest.tokenHash)).toEqual([]);
  });

  it('into a customer without a cart yet: the lines move as they are', async () => {
    const { product, variant } = await stockedProduct(org, 10, { basePrice: 700 });
    const guest = guestRef() as { tokenHash: string };
    await addToCart(shop, guest, { variantId: variant.id, quantity: 3 });
    await updateProduct(org, product, { salePrice: 650 });
    const customer = await customerRef();

    await mergeGuestCart(shop, { ...guest, customerId: customer.customerId });
    const [line] = (await getCartView(shop, customer)).lines;
    // The price the guest saw moves with the line, so the change is still flagged.
    expect(line).toMatchObject({ variantId: variant.id, quantity: 3, priceChanged: { from: 700, to: 650 } });
    expect(await withOrg(org.id, (tx) => tx.select().from(carts).where(eq(carts.tokenHash, guest.tokenHash)))).toEqual([]);
  });

  it('does nothing without a guest cart', async () => {
    const customer = await customerRef();
    expect(await mergeGuestCart(shop, { tokenHash: sha256('nothing'), customerId: customer.customerId })).toEqual({ merged: 0 });
    expect((await getCartView(shop, customer)).cartId).toBeNull();
  });

  it('signing in or signing up with a cart cookie merges it and clears the cookie', async () => {
    const { variant } = await stockedProduct(org, 10);
    jar.set('cart', 'guest-token-1');
    await addToCart(shop, { tokenHash: sha256('guest-token-1') }, { variantId: variant.id, quantity: 2 });
    const user = await createUser();
    const step = await signInShopper(shop, { email: user.email, password: TEST_PASSWORD });
    if (step.status === 'mfa-required') throw new Error('unexpected MFA');
    expect((await getCartView(shop, { customerId: step.customer.id })).itemCount).toBe(2);
    expect(jar.has('cart')).toBe(false);

    jar.set('cart', 'guest-token-2');
    await addToCart(shop, { tokenHash: sha256('guest-token-2') }, { variantId: variant.id, quantity: 1 });
    const { customer } = await registerShopper(shop, { name: 'New Shopper', email: 'new-shopper@example.test', password: 'a long enough passphrase' });
    expect((await getCartView(shop, { customerId: customer.id })).itemCount).toBe(1);
    expect(jar.has('cart')).toBe(false);
  });
});

describe('the customer cart', () => {
  it('adding as a signed-in user makes them a customer of this store once; a removed customer cannot', async () => {
    const user = await createUser();
    const first = await customerCartRef(shop, user);
    expect(await customerCartRef(shop, user)).toEqual(first);
    const rows = await withOrg(org.id, (tx) => tx.select().from(customers).where(eq(customers.userId, user.id)));
    expect(rows).toHaveLength(1);

    await withOrg(org.id, (tx) => tx.update(customers).set({ deletedAt: new Date() }).where(eq(customers.userId, user.id)));
    await expect(customerCartRef(shop, user)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("org B's customer cart is invisible to org A", async () => {
    const { org: other } = await createOrganization();
    const atOther = { ...(await storefrontOf(other)), meta: shop.meta };
    const { variant } = await stockedProduct(other, 5);
    const ref = await customerCartRef(atOther, await createUser());
    await addToCart(atOther, ref, { variantId: variant.id, quantity: 1 });
    expect((await getCartView(shop, ref)).lines).toEqual([]);
    await expect(addToCart(shop, ref, { variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
