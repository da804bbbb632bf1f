import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cartItems, carts, products, productVariants, type Cart, type CartItem, type Organization, type Product, type ProductVariant } from '@/db/schema';
import { notFound } from '@/lib/server/errors';
import { variantPrice } from '@/lib/storefront/catalog/page-variant';
import { variantAvailable } from '@/lib/storefront/catalog/product-availability';
import { quantityLimits, type QuantityLimits } from './limits';

/**
 * Which cart a request means, resolved by the thin request layer (cart-ref.ts): a guest's by the
 * sha256 of their cookie token, a customer's by their customer id, or one known cart by id.
 */
export type CartRef = { cartId: string } | { tokenHash: string } | { customerId: string };

export const GUEST_CART_DAYS = 30;
const guestExpiry = () => new Date(Date.now() + GUEST_CART_DAYS * 24 * 60 * 60 * 1000);

function refWhere(orgId: string, ref: CartRef) {
  const own = eq(carts.organizationId, orgId);
  if ('cartId' in ref) return and(own, eq(carts.id, ref.cartId));
  if ('tokenHash' in ref) return and(own, eq(carts.tokenHash, ref.tokenHash));
  return and(own, eq(carts.customerId, ref.customerId));
}

/** The cart, or undefined when there is none yet; `lock` serialises changes to one cart. */
export async function findCart(tx: Tx, orgId: string, ref: CartRef, { lock = false } = {}): Promise<Cart | undefined> {
  const query = tx.select().from(carts).where(refWhere(orgId, ref)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The cart to change, created on first use (a `cartId` ref must exist), locked for this transaction. */
export async function openCart(tx: Tx, org: Pick<Organization, 'id' | 'defaultCurrency'>, ref: CartRef): Promise<Cart> {
  if ('cartId' in ref) {
    const cart = await findCart(tx, org.id, ref, { lock: true });
    if (!cart) throw notFound('Your cart');
    return cart;
  }
  const guest = 'tokenHash' in ref;
  await tx
    .insert(carts)
    .values({
      organizationId: org.id,
      currency: org.defaultCurrency,
      ...(guest ? { tokenHash: ref.tokenHash, expiresAt: guestExpiry() } : { customerId: ref.customerId }),
    })
    .onConflictDoNothing();
  const cart = await findCart(tx, org.id, ref, { lock: true });
  if (!cart) throw notFound('Your cart');
  if (guest) await tx.update(carts).set({ expiresAt: guestExpiry(), updatedAt: new Date() }).where(eq(carts.id, cart.id));
  return cart;
}

export async function cartLines(tx: Tx, orgId: string, cartId: string): Promise<CartItem[]> {
  return tx
    .select()
    .from(cartItems)
    .where(and(eq(cartItems.organizationId, orgId), eq(cartItems.cartId, cartId)))
    .orderBy(cartItems.createdAt, cartItems.id);
}

/** A variant of this store as the cart sees it now: price, stock, limits, and whether it is still sold. */
export type VariantState = {
  product: Pick<Product, 'id' | 'name' | 'slug' | 'options' | 'minOrderQuantity' | 'maxOrderQuantity' | 'allowBackorder'>;
  variant: Pick<ProductVariant, 'id' | 'name' | 'isDefault' | 'imageId'>;
  /** Active product (as the storefront shows it) and active variant, neither deleted. */
  sold: boolean;
  available: number;
  unitPrice: number;
  limits: QuantityLimits;
};

/** The states of these variants of this organization; ids of other stores are simply absent. */
export async function loadVariantStates(tx: Tx, orgId: string, variantIds: string[]): Promise<Map<string, VariantState>> {
  if (variantIds.length === 0) return new Map();
  const rows = await tx
    .select({
      product: products,
      variant: productVariants,
      available: variantAvailable(tx, orgId),
      sold: sql<boolean>`(${products.status} = 'active' and ${products.deletedAt} is null and ${productVariants.isActive} and ${productVariants.deletedAt} is null)`,
    })
    .from(productVariants)
    .innerJoin(products, and(eq(products.organizationId, orgId), eq(products.id, productVariants.productId)))
    .where(and(eq(productVariants.organizationId, orgId), inArray(productVariants.id, variantIds)));
  return new Map(
    rows.map(({ product, variant, available, sold }) => [
      variant.id,
      {
        product,
        variant,
        sold,
        available,
        unitPrice: variantPrice(product, variant).price,
        limits: quantityLimits(product, available),
      },
    ]),
  );
}

/** A variant the shopper may put in the cart now, or NotFound (also for another store's id). */
export async function loadSellableVariant(tx: Tx, orgId: string, variantId: string): Promise<VariantState> {
  const state = (await loadVariantStates(tx, orgId, [variantId])).get(variantId);
  if (!state || !state.sold) throw notFound('This product');
  return state;
}

export async function findLine(tx: Tx, orgId: string, cartId: string, variantId: string): Promise<CartItem | undefined> {
  const [row] = await tx
    .select()
    .from(cartItems)
    .where(and(eq(cartItems.organizationId, orgId), eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId)));
  return row;
}

/** Sets a line's quantity (and the price the shopper saw), adding the line when it is new. */
export async function putLine(
  tx: Tx,
  orgId: string,
  cartId: string,
  line: { productId: string; variantId: string; quantity: number; unitPriceAtAdd: number },
) {
  await tx
    .insert(cartItems)
    .values({ organizationId: orgId, cartId, ...line })
    .onConflictDoUpdate({
      target: [cartItems.organizationId, cartItems.cartId, cartItems.variantId],
      set: { quantity: line.quantity, unitPriceAtAdd: line.unitPriceAtAdd, updatedAt: new Date() },
    });
}

export async function touchCart(tx: Tx, cartId: string) {
  await tx.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
}
