import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { Customer } from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/current-user';
import { sha256 } from '@/lib/crypto/hash';
import { findCustomerOfUser, type ShopperContext } from '@/lib/customers/internal';
import type { StorefrontContext } from '@/lib/server/context';
import { customerCartRef } from './customer-cart-ref';
import { GUEST_CART_DAYS, type CartRef } from './internal';
import { mergeGuestCart } from './merge-guest-cart';

/**
 * The thin request layer: which cart this request means. Verbs take the resulting CartRef, so
 * they run (and are tested) without a request. The guest cookie is host-only (no Domain), so
 * each store host has its own; only sha256(token) is stored.
 */
export type { CartRef } from './internal';
export const CART_COOKIE = 'cart';

const cookieOptions = {
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: process.env.NODE_ENV === 'production',
  path: '/',
  maxAge: GUEST_CART_DAYS * 24 * 60 * 60,
};

/** The cookie jar, or null outside a request (scripts, tests of the sign-in verbs). */
async function cookieJar() {
  try {
    return await cookies();
  } catch (e) {
    unstable_rethrow(e);
    return null;
  }
}

/** The cart to read: the signed-in customer's, else the guest cookie's; null when there is none yet. */
export async function cartRefFromRequest(ctx: StorefrontContext): Promise<CartRef | null> {
  const user = await getCurrentUser();
  if (user) {
    const customer = await ctx.tx((tx) => findCustomerOfUser(tx, { orgId: ctx.org.id, userId: user.id }));
    return customer ? { customerId: customer.id } : null;
  }
  const token = (await cookieJar())?.get(CART_COOKIE)?.value;
  return token ? { tokenHash: sha256(token) } : null;
}

/**
 * The cart to change (server actions only): the customer's (making the user a customer here
 * if needed), else the guest's, with a new token for a first-time guest. Call `remember()` after
 * the change succeeds: it (re)sets the guest cookie for another 30 days.
 */
export async function cartRefForUpdate(ctx: ShopperContext): Promise<{ ref: CartRef; remember: () => Promise<void> }> {
  const user = await getCurrentUser();
  if (user) return { ref: await customerCartRef(ctx, user), remember: async () => {} };
  const jar = await cookies();
  const token = jar.get(CART_COOKIE)?.value || randomBytes(32).toString('base64url');
  return { ref: { tokenHash: sha256(token) }, remember: async () => void jar.set(CART_COOKIE, token, cookieOptions) };
}

/**
 * At storefront sign-in or sign-up: the guest cart of this browser joins the customer's cart,
 * and the cookie goes. Does nothing without a request, a cookie, or for a removed customer.
 */
export async function mergeGuestCartOfRequest(ctx: StorefrontContext, customer: Customer): Promise<void> {
  const jar = await cookieJar();
  const token = jar?.get(CART_COOKIE)?.value;
  if (!jar || !token || customer.deletedAt) return;
  try {
    await mergeGuestCart(ctx, { tokenHash: sha256(token), customerId: customer.id });
  } catch (e) {
    // A cart is not worth a failed sign-in: the guest cart and its cookie stay for another try.
    console.error('Could not merge the guest cart', e);
    return;
  }
  jar.delete({ name: CART_COOKIE, path: '/' });
}
