import 'server-only';
import { getCartLines } from '@/lib/cart/get-cart';
import { quoteCheckout, type Quote } from '@/lib/checkout/quote-checkout';
import { invalid } from '@/lib/server/errors';
import { checkoutShopper, type CheckoutContext } from './checkout-session';
import { EMPTY_CART_MESSAGE, type QuoteCheckoutInput } from './schemas';

/** The cart's lines as the server reads them now (never the browser's copy). */
export async function checkoutLines(ctx: CheckoutContext) {
  const cart = await getCartLines(ctx, ctx.cartRef);
  if (!cart.cartId || cart.lines.length === 0) throw invalid(EMPTY_CART_MESSAGE);
  return { cartId: cart.cartId, lines: cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })) };
}

/** Prices the cart for the chosen address, delivery option and coupon: every total the checkout shows comes from here. */
export async function quoteCart(ctx: CheckoutContext, input: QuoteCheckoutInput): Promise<Quote> {
  const { lines } = await checkoutLines(ctx);
  const { customerId } = await checkoutShopper(ctx);
  const address = input.address;
  return quoteCheckout(ctx, {
    lines,
    fulfilment: input.fulfilment,
    address: input.fulfilment === 'delivery' && address?.city ? { city: address.city, district: address.district ?? null, postalCode: address.postalCode ?? null } : null,
    tariffId: input.fulfilment === 'delivery' ? (input.tariffId ?? null) : null,
    couponCode: input.couponCode || null,
    email: input.email || null,
    customerId,
  });
}
