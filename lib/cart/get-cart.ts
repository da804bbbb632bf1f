import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cartItems, productImages } from '@/db/schema';
import { formatMoney } from '@/lib/money/money';
import type { StorefrontContext } from '@/lib/server/context';
import { fileUrl } from '@/lib/storage';
import { cartLines, findCart, loadVariantStates, type CartRef, type VariantState } from './internal';
import { quantityProblem, type LineProblem, type QuantityLimits } from './limits';

export type CartLineView = {
  variantId: string;
  productId: string;
  productName: string;
  productSlug: string;
  /** Null for a product sold without options (its one default variant). */
  variantName: string | null;
  image: { url: string; alt: string } | null;
  quantity: number;
  /** Today's price, in minor units; what checkout charges. */
  unitPrice: number;
  unitPriceLabel: string;
  lineSubtotal: number;
  lineSubtotalLabel: string;
  /** Today's price differs from the one the shopper saw when adding (until they accept it). */
  priceChanged: { from: number; to: number; fromLabel: string; toLabel: string } | null;
  /** Why the line cannot be bought as it is; such lines are left out of the subtotal and checkout. */
  problem: LineProblem | null;
  limits: QuantityLimits;
};

export type CartView = {
  cartId: string | null;
  currency: string;
  lines: CartLineView[];
  /** Units in the cart, every line counted (the header badge). */
  itemCount: number;
  /** Lines without a problem only. */
  subtotal: number;
  subtotalLabel: string;
  /** Some line has a problem: checkout waits until the shopper fixes or removes it. */
  hasProblems: boolean;
};

export async function countCartItems(tx: Tx, orgId: string, cartId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(sum(${cartItems.quantity}), 0)`.mapWith(Number) })
    .from(cartItems)
    .where(and(eq(cartItems.organizationId, orgId), eq(cartItems.cartId, cartId)));
  return row?.n ?? 0;
}

/** Units in the cart, for the header (0 when there is no cart). */
export async function getCartCount(ctx: StorefrontContext, ref: CartRef | null): Promise<number> {
  if (!ref) return 0;
  return ctx.tx(async (tx) => {
    const cart = await findCart(tx, ctx.org.id, ref);
    return cart ? countCartItems(tx, ctx.org.id, cart.id) : 0;
  });
}

const NO_LONGER_SOLD: LineProblem = { kind: 'unavailable', message: 'No longer sold: remove it to check out.' };

/** The cart as the cart page shows it: today's prices and stock, with what changed since adding. */
export async function getCartView(ctx: StorefrontContext, ref: CartRef | null): Promise<CartView> {
  const { org } = ctx;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, org.defaultLocale);
  const empty: CartView = { cartId: null, currency: org.defaultCurrency, lines: [], itemCount: 0, subtotal: 0, subtotalLabel: money(0, org.defaultCurrency), hasProblems: false };
  if (!ref) return empty;
  return ctx.tx(async (tx) => {
    const cart = await findCart(tx, org.id, ref);
    if (!cart) return empty;
    const items = await cartLines(tx, org.id, cart.id);
    const states = await loadVariantStates(tx, org.id, items.map((i) => i.variantId));
    const images = await lineImages(tx, org.id, [...states.values()]);

    const lines = items.flatMap((item): CartLineView[] => {
      const state = states.get(item.variantId);
      if (!state) return []; // the variant was deleted outright (cascade removes the line too)
      const { product, variant, unitPrice } = state;
      const lineSubtotal = unitPrice * item.quantity;
      return [
        {
          variantId: item.variantId,
          productId: item.productId,
          productName: product.name,
          productSlug: product.slug,
          variantName: product.options.length > 0 || !variant.isDefault ? variant.name : null,
          image: images.get(variant.id) ?? null,
          quantity: item.quantity,
          unitPrice,
          unitPriceLabel: money(unitPrice, cart.currency),
          lineSubtotal,
          lineSubtotalLabel: money(lineSubtotal, cart.currency),
          priceChanged:
            unitPrice === item.unitPriceAtAdd
              ? null
              : { from: item.unitPriceAtAdd, to: unitPrice, fromLabel: money(item.unitPriceAtAdd, cart.currency), toLabel: money(unitPrice, cart.currency) },
          problem: state.sold ? quantityProblem(product, state.available, item.quantity) : NO_LONGER_SOLD,
          limits: state.limits,
        },
      ];
    });
    const subtotal = lines.reduce((sum, l) => (l.problem ? sum : sum + l.lineSubtotal), 0);
    return {
      cartId: cart.id,
      currency: cart.currency,
      lines,
      itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
      subtotal,
      subtotalLabel: money(subtotal, cart.currency),
      hasProblems: lines.some((l) => l.problem !== null),
    };
  });
}

/** Per variant: its own image, else its product's primary (else first) image, as thumbnails. */
async function lineImages(tx: Tx, orgId: string, states: VariantState[]) {
  const productIds = [...new Set(states.map((s) => s.product.id))];
  if (productIds.length === 0) return new Map<string, { url: string; alt: string }>();
  const variantImageIds = states.flatMap((s) => (s.variant.imageId ? [s.variant.imageId] : []));
  const primary = await tx
    .selectDistinctOn([productImages.productId], { id: productImages.id, productId: productImages.productId, key: productImages.thumbnailKey, alt: productImages.altText })
    .from(productImages)
    .where(and(eq(productImages.organizationId, orgId), inArray(productImages.productId, productIds)))
    .orderBy(productImages.productId, desc(productImages.isPrimary), asc(productImages.sortOrder), asc(productImages.id));
  const own =
    variantImageIds.length === 0
      ? []
      : await tx
          .select({ id: productImages.id, productId: productImages.productId, key: productImages.thumbnailKey, alt: productImages.altText })
          .from(productImages)
          .where(and(eq(productImages.organizationId, orgId), inArray(productImages.id, variantImageIds)));
  const byId = new Map(own.map((i) => [i.id, i]));
  const byProduct = new Map(primary.map((i) => [i.productId, i]));
  const result = new Map<string, { url: string; alt: string }>();
  for (const s of states) {
    const image = (s.variant.imageId && byId.get(s.variant.imageId)) || byProduct.get(s.product.id);
    if (image) result.set(s.variant.id, { url: fileUrl(image.key), alt: image.alt ?? '' });
  }
  return result;
}

/**
 * For checkout: the lines it may sell (products still sold; quantities as they are, since checkout
 * checks the limits and stock itself). `cartId` is null when there is no cart.
 */
export async function getCartLines(
  ctx: StorefrontContext,
  ref: CartRef | null,
): Promise<{ cartId: string | null; lines: { variantId: string; productId: string; quantity: number }[] }> {
  if (!ref) return { cartId: null, lines: [] };
  return ctx.tx(async (tx) => {
    const cart = await findCart(tx, ctx.org.id, ref);
    if (!cart) return { cartId: null, lines: [] };
    const items = await cartLines(tx, ctx.org.id, cart.id);
    const states = await loadVariantStates(tx, ctx.org.id, items.map((i) => i.variantId));
    const lines = items
      .filter((i) => states.get(i.variantId)?.sold)
      .map((i) => ({ variantId: i.variantId, productId: i.productId, quantity: i.quantity }));
    return { cartId: cart.id, lines };
  });
}
